using System.Globalization;

namespace OpenCsc.Web.Background;

/// <summary>
/// The folder uploads wait in: private to the service's account (0700 on Unix, so no other user of the host can list
/// or read it), one subfolder per upload named by its job, deleted when the import ends; what a crash left behind is
/// deleted when the host starts.
/// </summary>
public static class UploadFolder
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Where ASP.NET Core buffers a large request body while it arrives (set as ASPNETCORE_TEMP).</summary>
    public const string BufferFolderName = "buffer";

    /// <summary>Makes the folder (or makes an existing one private) and returns it.</summary>
    public static string EnsurePrivate(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return folder;
        }

        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder, Private);
        }

        // An existing folder, or one the umask made wider: the service's account alone.
        File.SetUnixFileMode(folder, Private);
        return folder;
    }

    /// <summary>A new private subfolder for one upload's files.</summary>
    public static string CreateForJob(UploadSettings settings, Guid job)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return EnsurePrivate(Path.Combine(EnsurePrivate(settings.Folder), job.ToString("N", CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// Deletes what earlier runs left: every upload's subfolder (named by its job) and ASP.NET Core's buffered request
    /// bodies. Nothing else in the folder is touched, in case it was pointed at a folder holding other files.
    /// </summary>
    public static int RemoveLeftovers(UploadSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string folder = EnsurePrivate(settings.Folder);
        int removed = 0;
        foreach (string job in Directory.EnumerateDirectories(folder))
        {
            if (Guid.TryParseExact(Path.GetFileName(job), "N", out _) && TryDelete(() => Directory.Delete(job, recursive: true)))
            {
                removed++;
            }
        }

        string buffer = Path.Combine(folder, BufferFolderName);
        if (Directory.Exists(buffer))
        {
            foreach (string file in Directory.EnumerateFiles(buffer, "ASPNETCORE_*.tmp"))
            {
                if (TryDelete(() => File.Delete(file)))
                {
                    removed++;
                }
            }
        }

        return removed;
    }

    private static bool TryDelete(Action delete)
    {
        try
        {
            delete();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}

/// <summary>Clears the uploads folder of what a stopped or crashed host left, before the import queue starts.</summary>
public sealed class UploadFolderStartup(UploadSettings settings, ILogger<UploadFolderStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        int removed = UploadFolder.RemoveLeftovers(settings);
        if (removed > 0)
        {
            logger.LogInformation("Removed {Count} uploads left from an earlier run.", removed);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
