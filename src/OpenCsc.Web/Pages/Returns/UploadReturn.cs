using System.Globalization;
using System.IO.Compression;
using OpenCsc.Returns;
using OpenCsc.Web.Background;
using OpenCsc.Web.Pages.Shared.Govuk;

namespace OpenCsc.Web.Pages.Returns;

/// <summary>The upload form as the user filled it in, kept as typed so that a form with an error shows it again.</summary>
public sealed record UploadForm(string? Return, string? Year, string? TreatAsYear)
{
    public IReadOnlyList<FieldError> Errors { get; init; } = [];

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.FieldId == field)?.Message;
}

/// <summary>
/// Checks an upload and saves it for the <see cref="ImportQueue"/>: one CIN census XML; or an SSDA903 return as
/// one XML file, its CSV tables, or a zip of them. Saved files get names of the server's choosing (the user's names
/// are kept for the page), and a zip gives up only its .csv files, within a size limit, whatever paths it names.
/// </summary>
public static class UploadReturn
{
    /// <summary>The largest upload accepted: a 50-times-Barnet return fits well inside it.</summary>
    public const long MaxUploadBytes = 2L * 1024 * 1024 * 1024;

    public const int MaxFiles = 30;

    public static async Task<(ImportJob? Job, UploadForm Form)> RunAsync(
        UploadForm form, IReadOnlyList<IFormFile> files, DateOnly today, DateTimeOffset now, UploadSettings settings, CancellationToken cancellationToken, OpenCsc.Audit.AuditContext? uploadedBy = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = new List<FieldError>();
        UploadedReturnKind? kind = form.Return switch
        {
            "cin-census" => UploadedReturnKind.CinCensus,
            "ssda903" => UploadedReturnKind.Ssda903,
            _ => null,
        };
        if (kind is null)
        {
            errors.Add(new FieldError("return", "Select which return you are uploading"));
        }

        CollectionYear? year = ParseYear(form.Year, today, "year", "Select the collection year from the list", errors);
        CollectionYear? treatAs = ParseYear(form.TreatAsYear, today, "treat-as-year", "Select the year whose codes the file uses from the list", errors);
        if (year is { } y && treatAs is { } t && t >= y)
        {
            errors.Add(new FieldError("treat-as-year", "The year whose codes the file uses must be earlier than the collection year"));
        }

        string? fileError = CheckFiles(kind, files);
        if (fileError is not null)
        {
            errors.Add(new FieldError("files", fileError));
        }

        if (errors.Count > 0)
        {
            return (null, form with { Errors = errors });
        }

        var id = Guid.NewGuid();
        string folder = UploadFolder.CreateForJob(settings, id);
        try
        {
            string? saveError = await SaveAsync(files, folder, settings, cancellationToken);
            if (saveError is not null)
            {
                Directory.Delete(folder, recursive: true);
                return (null, form with { Errors = [new FieldError("files", saveError)] });
            }
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }

        return (new ImportJob(id, kind!.Value, folder, files.Select(f => Path.GetFileName(f.FileName)).ToList(), year, treatAs, now) { UploadedBy = uploadedBy ?? OpenCsc.Audit.AuditContext.System }, form);
    }

    private static CollectionYear? ParseYear(string? text, DateOnly today, string field, string message, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (CollectionYear.TryParse(text, out CollectionYear year) && year.Year >= 2010 && year <= CollectionYear.Containing(today))
        {
            return year;
        }

        errors.Add(new FieldError(field, message));
        return null;
    }

    private static string? CheckFiles(UploadedReturnKind? kind, IReadOnlyList<IFormFile> files)
    {
        if (files.Count == 0 || files.All(f => f.Length == 0 && string.IsNullOrEmpty(f.FileName)))
        {
            return "Select the file to upload";
        }

        if (files.Count > MaxFiles)
        {
            return $"Select at most {MaxFiles} files";
        }

        if (files.FirstOrDefault(f => f.Length == 0) is { } empty)
        {
            return $"The selected file {Path.GetFileName(empty.FileName)} is empty";
        }

        var extensions = files.Select(f => Path.GetExtension(f.FileName).ToLowerInvariant()).ToList();
        return kind switch
        {
            UploadedReturnKind.CinCensus when files.Count != 1 || extensions[0] != ".xml" =>
                "The CIN census must be one XML file (.xml)",
            UploadedReturnKind.Ssda903 when !(extensions.All(e => e == ".csv") || (files.Count == 1 && extensions[0] is ".xml" or ".zip")) =>
                "The SSDA903 return must be its CSV tables (.csv), a zip of them (.zip), or one XML file (.xml)",
            _ => null,
        };
    }

    private static async Task<string?> SaveAsync(IReadOnlyList<IFormFile> files, string folder, UploadSettings settings, CancellationToken cancellationToken)
    {
        for (int i = 0; i < files.Count; i++)
        {
            IFormFile file = files[i];
            string extension = Path.GetExtension(file.FileName).ToLowerInvariant();
            if (extension == ".zip")
            {
                return await UnzipAsync(file, folder, settings, cancellationToken);
            }

            await using FileStream target = File.Create(UniquePath(folder, SafeName(file.FileName, i, extension)));
            await file.CopyToAsync(target, cancellationToken);
        }

        return null;
    }

    private static async Task<string?> UnzipAsync(IFormFile file, string folder, UploadSettings settings, CancellationToken cancellationToken)
    {
        string name = Path.GetFileName(file.FileName);
        // Saved first: a zip is read from its end, which the upload's own stream does not do reliably.
        string saved = Path.Combine(folder, ".upload.zip");
        try
        {
            await using (FileStream copy = File.Create(saved))
            {
                await file.CopyToAsync(copy, cancellationToken);
            }

            return (await ExtractTablesAsync(saved, name, folder, settings, cancellationToken)).Error;
        }
        finally
        {
            File.Delete(saved);
        }
    }

    /// <summary>
    /// Unpacks the CSV tables of a zip into <paramref name="folder"/>, counting the bytes as they are decompressed
    /// (what the zip says of its sizes is not trusted): a table that would pass the total limit, or unpack to more
    /// than <see cref="UploadSettings.MaxCompressionRatio"/> times its compressed size, is refused before the byte
    /// past the limit is written, and its partial file deleted. Returns why the zip was refused (null when it was
    /// not) and how many bytes were written.
    /// </summary>
    public static async Task<ZipExtraction> ExtractTablesAsync(string zipPath, string name, string folder, UploadSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        long written = 0;
        try
        {
            await using var input = new FileStream(zipPath, FileMode.Open, FileAccess.Read, FileShare.None, 65536, FileOptions.Asynchronous);
            using var zip = new ZipArchive(input, ZipArchiveMode.Read);
            var tables = zip.Entries.Where(e => e.FullName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && e.Length > 0).ToList();
            if (tables.Count == 0)
            {
                return new ZipExtraction($"The selected file {name} holds no CSV tables", 0);
            }

            if (tables.Count > MaxFiles)
            {
                return new ZipExtraction($"The selected file {name} holds {tables.Count} CSV files: an SSDA903 return has at most {MaxFiles}", 0);
            }

            string tooBig = $"The selected file {name} unpacks to more than {Size(settings.MaxUnzippedBytes)}";
            if (tables.Sum(t => t.Length) > settings.MaxUnzippedBytes)
            {
                // Refused on what the zip says before anything is unpacked; what it does not say is counted below.
                return new ZipExtraction(tooBig, 0);
            }

            for (int i = 0; i < tables.Count; i++)
            {
                ZipArchiveEntry table = tables[i];
                long budget = settings.MaxUnzippedBytes - written;
                long ratioLimit = Math.Max(UploadSettings.RatioFreeBytes, SaturatingMultiply(table.CompressedLength, settings.MaxCompressionRatio));
                long limit = Math.Min(budget, ratioLimit);
                string path = UniquePath(folder, SafeName(table.FullName, i, ".csv"));
                (long copied, bool complete) = await UnpackAsync(table, path, limit, cancellationToken);
                written += copied;
                if (!complete)
                {
                    File.Delete(path);
                    return new ZipExtraction(
                        limit == budget ? tooBig : $"The selected file {name} is refused: {Path.GetFileName(table.FullName)} in it unpacks to more than {settings.MaxCompressionRatio} times its compressed size, as a zip bomb does",
                        written);
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return new ZipExtraction($"The selected file {name} is not a zip file that can be opened", written);
        }

        return new ZipExtraction(null, written);
    }

    private static async Task<(long Copied, bool Complete)> UnpackAsync(ZipArchiveEntry table, string path, long limit, CancellationToken cancellationToken)
    {
        await using Stream entry = table.Open();
        await using FileStream target = File.Create(path);
        return await CopyAtMostAsync(entry, target, limit, cancellationToken);
    }

    private static long SaturatingMultiply(long value, int factor) => value > long.MaxValue / factor ? long.MaxValue : value * factor;

    private static string Size(long bytes) => bytes % (1L << 30) == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes >> 30:N0} GB")
        : string.Create(CultureInfo.InvariantCulture, $"{(bytes + (1L << 20) - 1) >> 20:N0} MB");

    /// <summary>
    /// The user's file name (problems name it), less any folder and any character a file name cannot hold, a name of the server's choosing when nothing is left of it.
    /// </summary>
    public static string SafeName(string given, int index, string extension)
    {
        string name = Path.GetFileNameWithoutExtension(given.Replace('\\', '/').Split('/')[^1]);
        var invalid = Path.GetInvalidFileNameChars();
        name = new string(name.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c).ToArray()).Trim('.', ' ');
        if (name.Length > 100)
        {
            name = name[..100];
        }

        return name.Length == 0 ? string.Create(CultureInfo.InvariantCulture, $"upload-{index + 1}{extension}") : name + extension;
    }

    private static string UniquePath(string folder, string name)
    {
        string path = Path.Combine(folder, name);
        for (int n = 2; File.Exists(path); n++)
        {
            path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileNameWithoutExtension(name)}-{n}{Path.GetExtension(name)}"));
        }

        return path;
    }

    /// <summary>
    /// Copies to the end, or until the next read would take the copy past <paramref name="limit"/> (that read is not
    /// written); returns the bytes written and whether the copy reached the end.
    /// </summary>
    private static async Task<(long Copied, bool Complete)> CopyAtMostAsync(Stream from, Stream to, long limit, CancellationToken cancellationToken)
    {
        byte[] buffer = new byte[81920];
        long copied = 0;
        int read;
        while ((read = await from.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (copied + read > limit)
            {
                return (copied, false);
            }

            await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            copied += read;
        }

        return (copied, true);
    }
}

/// <summary>How unpacking a zip ended: why it was refused (null when it was not), and the bytes written to disk.</summary>
public sealed record ZipExtraction(string? Error, long BytesWritten);
