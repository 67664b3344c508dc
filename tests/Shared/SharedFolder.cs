using Xunit;

namespace OpenCsc.Testing;

/// <summary>
/// The other projects' specifications and samples the tests read in place: OPENCSC_SHARED, default ../shared
/// beside the repository. A user's clone may not have it; CI always does.
/// </summary>
public static class SharedFolder
{
    public static string? Find()
    {
        string? configured = Environment.GetEnvironmentVariable("OPENCSC_SHARED");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenCsc.slnx")))
            {
                string shared = Path.Combine(dir.FullName, "..", "shared");
                return Directory.Exists(shared) ? Path.GetFullPath(shared) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The path of a file or folder under the shared folder. Where it is absent the test says so plainly: it fails
    /// in CI (where the folder must be present) and is skipped with the reason elsewhere.
    /// </summary>
    public static string Require(string relativePath)
    {
        string? root = Find();
        string? path = root is null ? null : Path.Combine(root, relativePath);
        if (path is not null && (File.Exists(path) || Directory.Exists(path)))
        {
            return path;
        }

        string message = root is null
            ? $"The shared folder is absent (looked for OPENCSC_SHARED, else ../shared beside the repository), so {relativePath} cannot be read."
            : $"{path} is missing from the shared folder.";
        if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 } || root is not null)
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
        return "";
    }
}
