using System.CommandLine;
using System.Globalization;
using OpenCsc.Data;

namespace OpenCsc.Cli;

public static class CommonOptions
{
    public static readonly Option<string?> Db = new("--db")
    {
        Description = "The database: a SQLite file path or postgres://user:pass@host:port/db (default: OPENCSC_DB, else opencsc.db).",
        Recursive = true,
    };

    public static DatabaseSettings Database(ParseResult parse) => DatabaseSettings.Resolve(parse.GetValue(Db));

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
