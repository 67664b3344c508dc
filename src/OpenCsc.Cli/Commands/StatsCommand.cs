using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using OpenCsc.Borough;
using OpenCsc.Data;
using OpenCsc.Data.Migrations;

namespace OpenCsc.Cli.Commands;

/// <summary>`opencsc stats [--format table|json]`: how many rows each entity holds.</summary>
public static class StatsCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format")
        {
            Description = "table (default) or json: {\"entities\": {\"children\": N, ...}}",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("stats", "Counts of every entity in the database.");
        command.Options.Add(format);
        command.SetAction(async (parse, cancellationToken) =>
        {
            DatabaseSettings settings = CommonOptions.Database(parse);
            await AppDatabase.EnsureReachableAsync(settings, cancellationToken);
            var migrator = new DatabaseMigrator(settings);
            int version = await migrator.CurrentVersionAsync(cancellationToken);
            if (version == 0)
            {
                throw new CommandFailedException($"The {settings.Description} has no OpenCSC schema: run 'opencsc db migrate' (or 'opencsc demo seed') first.");
            }

            await using AppDbContext db = AppDatabase.CreateContext(settings);
            IReadOnlyList<KeyValuePair<string, long>> counts = await EntityCounts.CountAsync(db, cancellationToken);
            TextWriter output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == "json")
            {
                var document = new Dictionary<string, object>
                {
                    ["entities"] = counts.ToDictionary(c => c.Key, c => c.Value),
                };
                await output.WriteLineAsync(JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true }));
            }
            else
            {
                int width = counts.Max(c => c.Key.Length);
                foreach (KeyValuePair<string, long> count in counts)
                {
                    await output.WriteLineAsync($"{count.Key.PadRight(width)}  {count.Value.ToString("N0", CultureInfo.InvariantCulture),12}");
                }
            }

            return CliApp.Ok;
        });
        return command;
    }
}
