using System.Globalization;
using Microsoft.Data.Sqlite;
using OpenCsc.Data;

namespace OpenCsc.Web.Background;

/// <summary>
/// Where uploaded returns wait for their import, and limits on what they may unpack to, from the configuration
/// section <c>Uploads</c> (see docs/decisions/0031-bounded-uploads-and-idempotent-forms.md).
/// </summary>
public sealed record UploadSettings
{
    public const string Section = "Uploads";

    /// <summary>The uploads folder's name under the data directory.</summary>
    public const string DefaultFolderName = "opencsc-uploads";

    /// <summary>
    /// The folder private to the service (mode 0700) that holds each upload until its import ends
    /// (<c>Uploads:Folder</c>); by default opencsc-uploads under the data directory (<c>DataDirectory</c>, else the
    /// SQLite database's folder, else the working folder).
    /// </summary>
    public string Folder { get; init; } = Path.GetFullPath(DefaultFolderName);

    /// <summary>A zip's CSV tables may unpack to 1 GB in all: a 50-times-Barnet SSDA903 return is a few hundred MB.</summary>
    public const long DefaultMaxUnzippedBytes = 1L << 30;

    /// <summary>
    /// No CSV table in a zip may unpack to more than 100 times its compressed size (CSV tables compress 5 to 20 times;
    /// a zip bomb a thousand): a bomb is refused long before the total limit is written.
    /// </summary>
    public const int DefaultMaxCompressionRatio = 100;

    /// <summary>The compression ratio is not held against the first megabyte of a table: small files compress oddly.</summary>
    public const long RatioFreeBytes = 1L << 20;

    /// <summary>The most a zip's CSV tables may unpack to, in all (<c>Uploads:MaxUnzippedBytes</c>).</summary>
    public long MaxUnzippedBytes { get; init; } = DefaultMaxUnzippedBytes;

    /// <summary>The most a CSV table in a zip may unpack to, as a multiple of its compressed size (<c>Uploads:MaxCompressionRatio</c>).</summary>
    public int MaxCompressionRatio { get; init; } = DefaultMaxCompressionRatio;

    /// <summary>The settings from the configuration, the defaults where it says nothing.</summary>
    public static UploadSettings From(IConfiguration configuration, DatabaseSettings database)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(database);
        IConfigurationSection section = configuration.GetSection(Section);
        var settings = new UploadSettings
        {
            Folder = Path.GetFullPath(section["Folder"] is { Length: > 0 } folder ? folder : Path.Combine(DataDirectory(configuration, database), DefaultFolderName)),
        };
        if (section["MaxUnzippedBytes"] is { Length: > 0 } max)
        {
            settings = settings with { MaxUnzippedBytes = Positive(long.Parse(max, NumberStyles.Integer, CultureInfo.InvariantCulture), "MaxUnzippedBytes") };
        }

        if (section["MaxCompressionRatio"] is { Length: > 0 } ratio)
        {
            settings = settings with { MaxCompressionRatio = (int)Positive(int.Parse(ratio, NumberStyles.Integer, CultureInfo.InvariantCulture), "MaxCompressionRatio") };
        }

        return settings;
    }

    /// <summary>Where the service keeps its files: <c>DataDirectory</c>, else the SQLite database's folder, else the working folder.</summary>
    public static string DataDirectory(IConfiguration configuration, DatabaseSettings database)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(database);
        if (configuration["DataDirectory"] is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }

        if (database.Provider == DatabaseProvider.Sqlite
            && new SqliteConnectionStringBuilder(database.ConnectionString).DataSource is { Length: > 0 } file && file != ":memory:")
        {
            return Path.GetDirectoryName(Path.GetFullPath(file)) ?? Directory.GetCurrentDirectory();
        }

        return Directory.GetCurrentDirectory();
    }

    private static long Positive(long value, string key) =>
        value > 0 ? value : throw new InvalidOperationException($"The configuration value {Section}:{key} must be a positive number.");
}
