namespace LinkedInAuto.Tests.Browser;

/// <summary>A page that records every input event it receives in <c>window.events</c>.</summary>
internal static class InputPage
{
    /// <summary>The page body: a button, a text field, a contenteditable and a tall spacer to scroll.</summary>
    internal const string Body = """
        <style>body{margin:0} #target{position:absolute;left:300px;top:200px;width:160px;height:48px}
        #field{position:absolute;left:300px;top:300px;width:240px} #editor{position:absolute;left:300px;top:360px;width:240px;min-height:40px;border:1px solid #888}
        #spacer{height:4000px}</style>
        <button id="target">Send</button>
        <input id="field" type="text">
        <div id="editor" contenteditable="true">hello world</div>
        <div id="spacer"></div>
        <script>
          window.events = [];
          const log = e => window.events.push({ type: e.type, trusted: e.isTrusted, target: e.target.id || e.target.tagName,
            x: e.clientX, y: e.clientY, key: e.key, deltaY: e.deltaY });
          for (const type of ['mousemove', 'mousedown', 'mouseup', 'click', 'keydown', 'keyup', 'wheel'])
            window.addEventListener(type, log, { capture: true, passive: true });
        </script>
        """;
}
