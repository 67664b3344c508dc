using OpenCsc.Borough;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.Testing;

namespace OpenCsc.IntegrationTests.Returns.Imports;

internal static class ReturnsTestData
{
    public static string CinSample => SharedFolder.Require("samples/cin/fake_CIN_data.xml");

    public static string Ssda903Folder => Path.GetDirectoryName(SharedFolder.Require("samples/ssda903/header.csv"))!;

    public static string Ssda903Xml => SharedFolder.Require("samples/ssda903/fake_903.xml");

    public static async Task<Dictionary<string, long>> CountsAsync(DatabaseSettings settings)
    {
        await using AppDbContext db = AppDatabase.CreateContext(settings);
        return (await EntityCounts.CountAsync(db, TestContext.Current.CancellationToken)).ToDictionary(c => c.Key, c => c.Value);
    }

    /// <summary>A copy of a file with one textual change, in a fresh temporary folder under the same name.</summary>
    public static string CopyWithChange(string path, string from, string to)
    {
        string text = File.ReadAllText(path);
        int at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{from}' is not in {path}");
        string copy = Path.Combine(Directory.CreateTempSubdirectory("opencsc-returns-").FullName, Path.GetFileName(path));
        File.WriteAllText(copy, string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length)));
        return copy;
    }

    /// <summary>A copy of the SSDA903 sample folder with one textual change in one of its files.</summary>
    public static string CopyFolderWithChange(string folder, string fileName, string from, string to)
    {
        string copy = Directory.CreateTempSubdirectory("opencsc-903-").FullName;
        foreach (string file in Directory.GetFiles(folder, "*.csv"))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        string changed = CopyWithChange(Path.Combine(folder, fileName), from, to);
        File.Copy(changed, Path.Combine(copy, fileName), overwrite: true);
        return copy;
    }
}
