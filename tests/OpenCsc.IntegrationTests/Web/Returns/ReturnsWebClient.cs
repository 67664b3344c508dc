using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using Xunit;

namespace OpenCsc.IntegrationTests.Web.Returns;

/// <summary>Uploads returns through the page as a browser would (with the form's anti-forgery token) and waits for the import.</summary>
internal static class ReturnsWebClient
{
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string? kind, IEnumerable<string> paths, string? year = null, string? treatAsYear = null)
    {
        IHtmlDocument page = await WebTestApp.GetPageAsync(client, "/returns");
        string token = page.QuerySelector("form[enctype='multipart/form-data'] input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        if (kind is not null)
        {
            content.Add(new StringContent(kind), "return");
        }

        content.Add(new StringContent(year ?? ""), "year");
        content.Add(new StringContent(treatAsYear ?? ""), "treatAsYear");
        foreach (string path in paths)
        {
            var file = new ByteArrayContent(await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken));
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(file, "files", Path.GetFileName(path));
        }

        return await client.PostAsync("/returns", content, TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// Follows an upload's redirect to its import page and reloads it until the import has ended, confirming the
    /// preview on the way (as the analyst who uploaded it) unless told not to.
    /// </summary>
    public static async Task<IHtmlDocument> WaitForImportAsync(HttpClient client, HttpResponseMessage upload, bool confirm = true)
    {
        Assert.True(upload.StatusCode == HttpStatusCode.Redirect, $"The upload answered {(int)upload.StatusCode}: {await upload.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        string url = upload.Headers.Location!.ToString();
        Assert.StartsWith("/returns/imports/", url, StringComparison.Ordinal);
        IHtmlDocument page = await WaitAsync(client, url);
        if (confirm && page.QuerySelector("form#confirm-import") is not null)
        {
            using HttpResponseMessage confirmed = await PostPreviewFormAsync(client, page, "confirm-import");
            Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
            page = await WaitAsync(client, url);
        }

        return page;
    }

    /// <summary>Posts the preview's confirm or cancel form (its id) with the form's anti-forgery token.</summary>
    public static async Task<HttpResponseMessage> PostPreviewFormAsync(HttpClient client, IHtmlDocument page, string formId)
    {
        var form = page.QuerySelector($"form#{formId}")!;
        string token = form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        return await client.PostAsync(form.GetAttribute("action"), content, TestContext.Current.CancellationToken);
    }

    private static async Task<IHtmlDocument> WaitAsync(HttpClient client, string url)
    {
        for (int attempt = 0; attempt < 600; attempt++)
        {
            IHtmlDocument page = await WebTestApp.GetPageAsync(client, url);
            if (page.QuerySelector("meta[http-equiv='refresh']") is null)
            {
                return page;
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"The import at {url} had not ended after 600 looks.");
        return null!;
    }

    public static string Zip(string folder, string pattern = "*.csv")
    {
        string zip = Path.Combine(Directory.CreateTempSubdirectory("opencsc-zip-").FullName, "ssda903.zip");
        using ZipArchive archive = ZipFile.Open(zip, ZipArchiveMode.Create);
        foreach (string file in Directory.GetFiles(folder, pattern))
        {
            archive.CreateEntryFromFile(file, "tables/" + Path.GetFileName(file));
        }

        return zip;
    }

    public static string Text(IHtmlDocument page, string selector) => page.QuerySelector(selector)?.TextContent.Trim() ?? "";
}
