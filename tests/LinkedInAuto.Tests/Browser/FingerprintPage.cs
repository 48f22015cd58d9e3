namespace LinkedInAuto.Tests.Browser;

/// <summary>A page that shows what a site can read of the browser: JavaScript values of the page, a worker and a
/// cross-site frame; its fetch, frame and worker requests reach the test server, which keeps their headers.</summary>
internal static class FingerprintPage
{
    /// <summary>The body; <paramref name="crossSite"/> is the same server under another host name (a cross-site frame).</summary>
    public static string Body(Uri crossSite) => $$"""
        <iframe id="cross" src="{{crossSite}}fingerprint/frame"></iframe>
        <script>
          window.collected = (async () => {
            const d = navigator.userAgentData;
            const hints = await d.getHighEntropyValues(['architecture', 'bitness', 'fullVersionList', 'uaFullVersion', 'platformVersion', 'model']);
            await fetch('/fingerprint/fetch');
            const worker = await new Promise(resolve => {
              const url = new URL('/fingerprint/worker', location.href).href;
              const w = new Worker(URL.createObjectURL(new Blob([
                "fetch('" + url + "').finally(() => postMessage([navigator.userAgent, navigator.languages, navigator.userAgentData ? navigator.userAgentData.brands : []]))"
              ])));
              w.onmessage = e => resolve(e.data);
            });
            return JSON.stringify({
              userAgent: navigator.userAgent, appVersion: navigator.appVersion, webdriver: navigator.webdriver,
              languages: navigator.languages, language: navigator.language, intl: Intl.DateTimeFormat().resolvedOptions().locale,
              brands: d.brands, hints, worker
            });
          })();
        </script>
        """;
}
