using System.CommandLine;
using OpenCsc.Data;
using OpenCsc.Data.Migrations;
using OpenCsc.Returns;

namespace OpenCsc.Cli.Commands;

/// <summary>Options and steps the import and export commands share.</summary>
internal static class ReturnOptions
{
    /// <summary>A collection year option: "2025" (or "2025/26") is April 2025 to March 2026.</summary>
    public static Option<CollectionYear?> Year(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (CollectionYear.TryParse(text, out CollectionYear year))
            {
                return year;
            }

            result.AddError($"{name} '{text}' is not a collection year: expected the year it starts, e.g. 2025 for April 2025 to March 2026.");
            return null;
        },
    };

    public static async Task<DatabaseSettings> OpenMigratedAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        DatabaseSettings settings = CommonOptions.Database(parse);
        await AppDatabase.EnsureReachableAsync(settings, cancellationToken);
        await new DatabaseMigrator(settings).MigrateAsync(cancellationToken: cancellationToken);
        return settings;
    }

    /// <summary>Every problem on its own line, then why nothing changed.</summary>
    public static async Task<CommandFailedException> RejectedAsync(TextWriter error, string path, ReturnReadException rejected, string? hint)
    {
        foreach (ReturnProblem problem in rejected.Problems)
        {
            await error.WriteLineAsync(problem.ToString());
        }

        if (rejected.Total > rejected.Problems.Count)
        {
            await error.WriteLineAsync(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"... and {rejected.Total - rejected.Problems.Count:N0} more problems, counted but not listed."));
        }

        int errors = rejected.ErrorCount;
        string message = $"{path} was rejected with {errors} error{(errors == 1 ? "" : "s")}: nothing was imported.";
        return new CommandFailedException(hint is null ? message : message + " " + hint);
    }

    /// <summary>Progress as a line per chunk of children, for the terminal and for logs alike.</summary>
    public sealed class LineProgress(TextWriter output) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) =>
            output.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"  {value.ChildrenDone:N0} of {value.ChildrenTotal:N0} children written ({value.Fraction:P0})"));
    }
}
