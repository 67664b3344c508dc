using System.Globalization;
using System.IO.Compression;
using OpenCsc.Data;
using OpenCsc.Returns.AnnexA;
using OpenCsc.Returns.CinCensus;
using OpenCsc.Returns.Ssda903;

namespace OpenCsc.Web.Pages.Returns;

/// <summary>A return written for download: an open temporary file, deleted when the response closes it.</summary>
public sealed record DownloadedFile(Stream Content, string FileName, string ContentType);

/// <summary>
/// Writes a return to a temporary file (the writers are the command line's: the same bytes either way), so the
/// response can be sent with its length and nothing half-written reaches the user when a writer fails.
/// </summary>
public static class WriteDownload
{
    public static async Task<DownloadedFile> RunAsync(AppDbContext db, DownloadRequest request, CancellationToken cancellationToken)
    {
        string label = request.Year.Label.Replace('/', '-');
        FileStream file = TemporaryFile();
        try
        {
            DownloadedFile result;
            switch (request.Kind)
            {
                case DownloadKind.CinCensus:
                    await ExportCinCensus.WriteAsync(db, request.Year, file, cancellationToken);
                    result = new DownloadedFile(file, $"CIN_census_{label}.xml", "application/xml");
                    break;
                case DownloadKind.Ssda903 when request.Xml:
                    Ssda903Return data = await ExportSsda903.ReadAsync(db, request.Year, cancellationToken);
                    Ssda903XmlWriter.Write(file, data, request.Year);
                    result = new DownloadedFile(file, $"SSDA903_{label}.xml", "application/xml");
                    break;
                case DownloadKind.Ssda903:
                    await WriteZippedTablesAsync(db, request, file, cancellationToken);
                    result = new DownloadedFile(file, $"SSDA903_{label}.zip", "application/zip");
                    break;
                default:
                    await AnnexAExport.WriteAsync(db, request.AsOf, file, cancellationToken);
                    result = new DownloadedFile(file, "Annex_A_" + request.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                    break;
            }

            await file.FlushAsync(cancellationToken);
            file.Position = 0;
            return result;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    /// <summary>The SSDA903 CSV tables, written as the command line writes them, in one zip.</summary>
    private static async Task WriteZippedTablesAsync(AppDbContext db, DownloadRequest request, Stream output, CancellationToken cancellationToken)
    {
        DirectoryInfo folder = Directory.CreateTempSubdirectory("opencsc-ssda903-");
        try
        {
            IReadOnlyList<string> files = await ExportSsda903.WriteFolderAsync(db, request.Year, folder.FullName, cancellationToken);
            using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
            foreach (string path in files)
            {
                string full = Path.IsPathRooted(path) ? path : Path.Combine(folder.FullName, path);
                zip.CreateEntryFromFile(full, Path.GetFileName(full), CompressionLevel.Optimal);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A file only the service's account may read (0600 on Unix): the shared temporary folder is every user's.</summary>
    private static FileStream TemporaryFile()
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.ReadWrite,
            Share = FileShare.None,
            BufferSize = 65536,
            Options = FileOptions.DeleteOnClose | FileOptions.Asynchronous,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return new FileStream(Path.Combine(Path.GetTempPath(), "opencsc-download-" + Guid.NewGuid().ToString("N")), options);
    }
}
