using System.Buffers.Binary;
using System.IO.Compression;
using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenCsc.Web.Background;
using OpenCsc.Web.Pages.Returns;
using Xunit;
using static OpenCsc.IntegrationTests.Web.Returns.ReturnsWebClient;

namespace OpenCsc.IntegrationTests.Web.Returns;

/// <summary>
/// Zip bombs made here: a zip's tables are unpacked counting the bytes as they come, and refused before the limit is
/// written (issue 14: a 4.3 MB bomb once wrote about 4 GB to disk before it was refused).
/// </summary>
public sealed class ZipBombTests : IDisposable
{
    private const long Megabyte = 1 << 20;

    private readonly string _folder = Directory.CreateTempSubdirectory("opencsc-zipbomb-").FullName;

    /// <summary>A zip holding one CSV table of <paramref name="bytes"/> bytes of the same row over and over (a thousand to one).</summary>
    private string Bomb(long bytes, string name = "bomb.zip")
    {
        string path = Path.Combine(_folder, name);
        using ZipArchive zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using Stream entry = zip.CreateEntry("tables/episodes.csv", CompressionLevel.SmallestSize).Open();
        byte[] row = Encoding.ASCII.GetBytes(new string('1', 1023) + "\n");
        for (long written = 0; written < bytes; written += row.Length)
        {
            entry.Write(row);
        }

        return path;
    }

    private string Unpacked() => Directory.CreateDirectory(Path.Combine(_folder, "unpacked-" + Guid.NewGuid().ToString("N"))).FullName;

    [Fact]
    public async Task AZipSayingItUnpacksToMoreThanTheLimit_IsRefused_BeforeAnythingIsUnpacked()
    {
        // Arrange: 64 MB of table (about 64 KB zipped) against a limit of 8 MB, the ratio left out of it
        string bomb = Bomb(64 * Megabyte);
        string target = Unpacked();
        var settings = new UploadSettings { MaxUnzippedBytes = 8 * Megabyte, MaxCompressionRatio = 100_000 };

        // Act
        ZipExtraction result = await UploadReturn.ExtractTablesAsync(bomb, "bomb.zip", target, settings, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal("The selected file bomb.zip unpacks to more than 8 MB", result.Error);
        Assert.Equal(0, result.BytesWritten);
        Assert.Empty(Directory.EnumerateFileSystemEntries(target));
    }

    [Fact]
    public async Task ATableCompressedAThousandTimes_IsRefusedAsABomb_AfterAtMostAHundredTimesItsSize()
    {
        // Arrange: the default limits (1 GB in all, 100 times a table's compressed size)
        string bomb = Bomb(256 * Megabyte);
        long compressed;
        using (ZipArchive zip = ZipFile.OpenRead(bomb))
        {
            compressed = zip.Entries.Single().CompressedLength;
        }

        string target = Unpacked();

        // Act
        ZipExtraction result = await UploadReturn.ExtractTablesAsync(bomb, "bomb.zip", target, new UploadSettings(), TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal("The selected file bomb.zip is refused: episodes.csv in it unpacks to more than 100 times its compressed size, as a zip bomb does", result.Error);
        Assert.True(compressed < Megabyte, $"The bomb is {compressed:N0} bytes zipped");
        Assert.InRange(result.BytesWritten, 1, Math.Max(UploadSettings.RatioFreeBytes, 100 * compressed));
        Assert.Empty(Directory.EnumerateFileSystemEntries(target));
    }

    [Fact]
    public async Task ATableClaimingASmallSize_IsUnpackedNoFurtherThanItsClaim()
    {
        // Arrange: 64 MB of table whose zip headers say it unpacks to 1,000 bytes
        string bomb = Bomb(64 * Megabyte);
        ClaimSize(bomb, 1000);
        string target = Unpacked();
        var settings = new UploadSettings { MaxUnzippedBytes = 8 * Megabyte, MaxCompressionRatio = 100_000 };

        // Act
        ZipExtraction result = await UploadReturn.ExtractTablesAsync(bomb, "bomb.zip", target, settings, TestContext.Current.CancellationToken);

        // Assert: the zip library stops reading at the size claimed (the byte count would stop at the limit if it did not):
        // 1,000 bytes on disk, a cut-short table that the import then rejects for what it holds
        Assert.Null(result.Error);
        Assert.Equal(1000, result.BytesWritten);
        Assert.Equal(1000, new FileInfo(Assert.Single(Directory.GetFiles(target))).Length);
    }

    [Fact]
    public async Task ABombUploadedThroughThePage_IsRefusedOnTheForm_AndQueuesNothing()
    {
        // Arrange
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        HttpClient client = app.Start(services =>
        {
            services.RemoveAll<UploadSettings>();
            services.AddSingleton(new UploadSettings { MaxUnzippedBytes = 8 * Megabyte });
        });
        string bomb = Bomb(64 * Megabyte);

        // Act
        using HttpResponseMessage response = await UploadAsync(client, "ssda903", [bomb], year: "2024");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        IHtmlDocument page = WebTestApp.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.StartsWith("The selected file bomb.zip ", Text(page, ".govuk-error-summary a"), StringComparison.Ordinal);
        Assert.Empty(((ImportQueue)app.Services.GetRequiredService(typeof(ImportQueue))).Recent(10));
    }

    /// <summary>Rewrites the entry's uncompressed size in its local header and in the central directory.</summary>
    private static void ClaimSize(string path, uint size)
    {
        byte[] bytes = File.ReadAllBytes(path);
        for (int i = 0; i + 4 <= bytes.Length; i++)
        {
            uint signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            if (signature == 0x04034b50)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 22), size);
            }
            else if (signature == 0x02014b50)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), size);
            }
        }

        File.WriteAllBytes(path, bytes);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the operating system's temporary folder cleaning.
        }
    }
}
