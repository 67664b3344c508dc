using OpenCsc.Data;
using OpenCsc.IntegrationTests.Returns.Imports;
using OpenCsc.Returns;

namespace OpenCsc.IntegrationTests.Returns.Fuzz;

/// <summary>What a fuzzed file must give: a clear rejection, a correct import, or either (but never a crash or half an import).</summary>
public enum Outcome
{
    Rejected,
    Imported,
    RejectedOrImported,
}

/// <summary>
/// Runs an import of a damaged file and checks the rule for hostile input: a <see cref="ReturnReadException"/>
/// whose every error names the file (and, for a bad value, its line or element path and field) and what was expected, with the
/// database exactly as it was; or an import that gives the same records as the clean file. Any other exception fails.
/// </summary>
internal static class FuzzedImport
{
    public static async Task CheckAsync(
        DatabaseSettings settings, Func<AppDbContext, Task<ImportResult>> import, Outcome outcome, IReadOnlyDictionary<string, long>? cleanCounts, string? expectedField = null)
    {
        var before = await ReturnsTestData.CountsAsync(settings);
        ReturnReadException? rejected = null;
        try
        {
            await using AppDbContext db = AppDatabase.CreateContext(settings);
            await import(db);
        }
        catch (ReturnReadException e)
        {
            rejected = e;
        }

        var after = await ReturnsTestData.CountsAsync(settings);
        if (rejected is not null)
        {
            Assert.True(outcome != Outcome.Imported, $"Expected an import, but it was rejected: {string.Join(" | ", rejected.Errors.Take(3))}");
            Assert.NotEmpty(rejected.Errors);
            Assert.All(rejected.Errors, p =>
            {
                Assert.False(string.IsNullOrWhiteSpace(p.File), $"No file named: {p}");
                Assert.False(string.IsNullOrWhiteSpace(p.Expected), $"Nothing expected said: {p}");
            });
            if (expectedField is not null)
            {
                Assert.Contains(rejected.Errors, p => string.Equals(p.Field, expectedField, StringComparison.OrdinalIgnoreCase) && (p.Line is > 0 || !string.IsNullOrEmpty(p.Path)));
            }

            Assert.Equal(before, after);
        }
        else
        {
            Assert.True(outcome != Outcome.Rejected, "Expected a rejection, but the file was imported.");
            if (cleanCounts is not null)
            {
                Assert.Equal(cleanCounts, after);
            }
        }
    }

    /// <summary>A fresh temporary folder.</summary>
    public static string Folder() => Directory.CreateTempSubdirectory("opencsc-fuzz-").FullName;
}
