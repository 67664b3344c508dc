using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Dom;
using OpenCsc.Returns;
using OpenCsc.Web.Background;
using Xunit;
using static OpenCsc.IntegrationTests.Web.Returns.ReturnsWebClient;

namespace OpenCsc.IntegrationTests.Web.Returns;

/// <summary>
/// A million rows of junk through the upload page keep the web host's memory bounded (issue 14: a 47 MB junk file
/// once made 5,000,000 problems and a 4.5 GB peak that stayed after the job ended). Measures the process, so it runs
/// with no other test alongside.
/// </summary>
[Collection(nameof(MemoryMeasuringCollection))]
[Trait("Category", TestCategories.Slow)]
public sealed class JunkUploadMemoryTests
{
    private const int Rows = 1_000_000;

    /// <summary>The most the managed heap may grow, at its peak, while the junk is uploaded, read and rejected.</summary>
    private const long PeakHeapLimit = 256L * 1024 * 1024;

    /// <summary>The most the process's working set may grow at its peak.</summary>
    private const long PeakWorkingSetLimit = 512L * 1024 * 1024;

    /// <summary>The most the finished job may leave behind (after a full collection): its listed problems and little else.</summary>
    private const long RetainedLimit = 16L * 1024 * 1024;

    [Fact]
    public async Task AMillionRowJunkUpload_IsRejected_ListingAThousandProblems_InBoundedMemory()
    {
        // Arrange: an episodes table whose every row has two dates that are not dates and codes outside every list
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        HttpClient client = app.StartWithoutDemo();
        string folder = Directory.CreateTempSubdirectory("opencsc-junk-").FullName;
        string junk = Path.Combine(folder, "episodes.csv");
        await using (var writer = new StreamWriter(junk, false, new UTF8Encoding(false), 1 << 16))
        {
            await writer.WriteAsync("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r\n");
            for (int i = 0; i < Rows; i++)
            {
                await writer.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"J{i},notadate,Q,QQ,QQ,QQ,QQQ,31/31/31,QQ,QQQ,,,\r\n"));
            }
        }

        long baselineHeap = GC.GetTotalMemory(forceFullCollection: true);
        long baselineWorkingSet = CurrentWorkingSet();
        using var sampling = new CancellationTokenSource();
        long peakHeap = 0, peakWorkingSet = 0;
        Task sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false));
                peakWorkingSet = Math.Max(peakWorkingSet, CurrentWorkingSet());
                await Task.Delay(50, CancellationToken.None);
            }
        }, CancellationToken.None);

        // Act
        IHtmlDocument page;
        try
        {
            page = await WaitForImportAsync(client, await UploadStreamedAsync(client, junk));
        }
        finally
        {
            await sampling.CancelAsync();
            await sampler;
            Directory.Delete(folder, recursive: true);
        }

        long retained = GC.GetTotalMemory(forceFullCollection: true) - baselineHeap;

        // Assert: rejected, the problems counted in full and the first of them listed
        Assert.Equal("The SSDA903 was not imported", Text(page, "h1"));
        ImportJob job = Assert.Single(((ImportQueue)app.Services.GetService(typeof(ImportQueue))!).Recent(10));
        Assert.True(job.ProblemCount >= 2 * Rows, $"{job.ProblemCount} problems counted");
        Assert.Equal(ReturnProblems.DefaultLimit, job.Problems.Count);
        Assert.Contains(Formatting(job.ProblemCount) + " problems", Text(page, "#problems-heading"), StringComparison.Ordinal);
        Assert.Contains($"The first 1,000 of the {Formatting(job.ProblemCount)} problems found are kept", Text(page, "#problems-listed"), StringComparison.Ordinal);
        byte[] csv = await client.GetByteArrayAsync(page.QuerySelector("a[href*='handler=Problems']")!.GetAttribute("href"), TestContext.Current.CancellationToken);
        Assert.Equal(1 + ReturnProblems.DefaultLimit, Encoding.UTF8.GetString(csv).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        // Assert: memory stayed within the stated limits, and the finished job holds next to nothing
        Assert.True(peakHeap - baselineHeap < PeakHeapLimit, $"The managed heap grew by {peakHeap - baselineHeap:N0} bytes at its peak.");
        Assert.True(peakWorkingSet - baselineWorkingSet < PeakWorkingSetLimit, $"The working set grew by {peakWorkingSet - baselineWorkingSet:N0} bytes at its peak.");
        Assert.True(retained < RetainedLimit, $"{retained:N0} bytes were left on the heap after the job ended.");
    }

    private static string Formatting(int value) => value.ToString("N0", CultureInfo.GetCultureInfo("en-GB"));

    private static long CurrentWorkingSet()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    /// <summary>Uploads the file from disk as it is read, so the test's own copy does not count against the host.</summary>
    private static async Task<HttpResponseMessage> UploadStreamedAsync(HttpClient client, string path)
    {
        IHtmlDocument form = await WebTestApp.GetPageAsync(client, "/returns");
        string token = form.QuerySelector("form[enctype='multipart/form-data'] input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        await using FileStream stream = File.OpenRead(path);
        var file = new StreamContent(stream, 1 << 16);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("ssda903"), "return" },
            { new StringContent("2023"), "year" },
            { new StringContent(""), "treatAsYear" },
            { file, "files", Path.GetFileName(path) },
        };
        return await client.PostAsync("/returns", content, TestContext.Current.CancellationToken);
    }
}

[CollectionDefinition(nameof(MemoryMeasuringCollection), DisableParallelization = true)]
public sealed class MemoryMeasuringCollection
{
}
