using System.Text;
using FakeLinkedIn.Html;
using FakeLinkedIn.State;

namespace FakeLinkedIn.Web;

/// <summary>Helpers that render under the world lock and wrap HTML in results.</summary>
internal static class Pages
{
    /// <summary>Renders with the world locked, so that concurrent actions never change a list mid-render.</summary>
    public static IResult Html(FakeState state, HttpContext http, Func<PageContext, string> render, int status = 200)
    {
        var world = state.World;
        string html;
        lock (world.Sync)
        {
            html = render(new PageContext(state, http));
        }

        return Results.Text(html, "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    /// <summary>The absolute URL of the current request, as LinkedIn puts it in <c>session_redirect</c>.</summary>
    public static string CurrentUrl(HttpContext http) =>
        $"{http.Request.Scheme}://{http.Request.Host}{http.Request.Path}{http.Request.QueryString}";
}
