using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using OpenCsc.Audit;
using OpenCsc.Data;

namespace OpenCsc.Cli;

public static class CommonOptions
{
    public static readonly Option<string?> Db = new("--db")
    {
        Description = "The database: a SQLite file path or postgres://user:pass@host:port/db (default: OPENCSC_DB, else opencsc.db).",
        Recursive = true,
    };

    /// <summary>
    /// The database, with the audit key its trail is sealed with: from the file Audit:KeyFile names (appsettings.json in
    /// the working folder, or Audit__KeyFile in the environment), else opencsc-audit.key in the data directory, made on
    /// first use.
    /// </summary>
    public static DatabaseSettings Database(ParseResult parse)
    {
        DatabaseSettings settings = DatabaseWithoutKey(parse);
        return settings with { AuditKey = AuditKeyFile.LoadOrCreate(AuditFiles.KeyFile(Configuration()[AuditFiles.KeyFileSetting], settings)) };
    }

    /// <summary>The database alone, for commands that load the audit key themselves (and never make one).</summary>
    public static DatabaseSettings DatabaseWithoutKey(ParseResult parse) => DatabaseSettings.Resolve(parse.GetValue(Db));

    /// <summary>The keys the web host reads from its configuration, as the command line sees them: appsettings.json in the working folder, then the environment.</summary>
    public static IConfiguration Configuration() => new ConfigurationBuilder()
        .SetBasePath(Directory.GetCurrentDirectory())
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .Build();

    /// <summary>A date option in ISO form (YYYY-MM-DD), with a message naming the option when it is not one.</summary>
    public static Option<DateOnly?> DateOption(string name, string description) => new(name)
    {
        Description = description + " (YYYY-MM-DD)",
        CustomParser = result =>
        {
            string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
            {
                return date;
            }

            result.AddError($"{name} '{text}' is not a valid date: expected YYYY-MM-DD, e.g. 2026-03-31.");
            return null;
        },
    };
}
