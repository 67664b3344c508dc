using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using OpenCsc.Audit;
using OpenCsc.Data;
using OpenCsc.Data.Migrations;

namespace OpenCsc.Cli.Commands;

/// <summary>
/// `opencsc audit verify`: checks the audit trail's hash chain and names the first broken entry (exit 0 intact, 1
/// broken). `opencsc audit list --child ID | --user ID [--action A] [--limit N] [--format table|json]`: who viewed or
/// changed this child's record, what this user did, newest first.
/// </summary>
public static class AuditCommand
{
    public static Command Create()
    {
        var command = new Command("audit", "The audit trail: check it has not been tampered with; list who viewed a child or what a user did.");
        command.Subcommands.Add(Verify());
        command.Subcommands.Add(List());
        return command;
    }

    private static Command Verify()
    {
        var command = new Command("verify", "Recompute the audit trail's hash chain; name the first entry that was edited, deleted or inserted (exit 1).");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using AppDbContext db = await OpenAsync(parse, cancellationToken);
            AuditVerification result = await VerifyAuditTrail.RunAsync(db, cancellationToken);
            if (!result.Intact)
            {
                throw new CommandFailedException(string.Create(CultureInfo.InvariantCulture,
                    $"audit trail broken at entry {result.BrokenAt}: {result.Problem} ({result.Entries} entries before it are intact)."));
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Audit trail intact: {result.Entries} entries; last hash {result.LastHash}."));
            return CliApp.Ok;
        });
        return command;
    }

    private static Command List()
    {
        var child = new Option<long?>("--child") { Description = "The child's record id (as in /children/{id}): who viewed or changed it." };
        var user = new Option<string?>("--user") { Description = "A user id: what they viewed, searched, exported or changed." };
        var action = new Option<AuditAction?>("--action") { Description = "Only this action (View, Search, Create, Update, Delete, Export, Download, SignIn, SignInFailed, PermissionChange, BreakGlass, Refused)." };
        var limit = new Option<int>("--limit") { Description = "At most this many entries, newest first.", DefaultValueFactory = _ => ListAuditEntries.DefaultLimit };
        var format = new Option<string>("--format") { Description = "table (default) or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("list", "Audit entries about one child or by one user, newest first.");
        command.Options.Add(child);
        command.Options.Add(user);
        command.Options.Add(action);
        command.Options.Add(limit);
        command.Options.Add(format);
        command.SetAction(async (parse, cancellationToken) =>
        {
            long? childId = parse.GetValue(child);
            string? userId = parse.GetValue(user);
            if (childId is null == string.IsNullOrWhiteSpace(userId))
            {
                throw new UsageException("audit list: give either --child ID or --user ID.");
            }

            await using AppDbContext db = await OpenAsync(parse, cancellationToken);
            IReadOnlyList<AuditEntry> entries = await ListAuditEntries.RunAsync(db,
                new AuditQuery(childId, userId, parse.GetValue(action), parse.GetValue(limit)), cancellationToken);
            TextWriter output = parse.InvocationConfiguration.Output;
            await output.WriteAsync(parse.GetValue(format) == "json" ? Json(entries) : Table(entries));
            return CliApp.Ok;
        });
        return command;
    }

    private static async Task<AppDbContext> OpenAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        DatabaseSettings settings = CommonOptions.Database(parse);
        await AppDatabase.EnsureReachableAsync(settings, cancellationToken);
        int version = await new DatabaseMigrator(settings).CurrentVersionAsync(cancellationToken);
        if (version < DatabaseMigrator.LatestVersion(settings.Provider))
        {
            throw new CommandFailedException($"The {settings.Description} is not at the current schema (it has no audit trail yet, or an older one): run 'opencsc db migrate' first.");
        }

        return AppDatabase.CreateContext(settings);
    }

    private static string Json(IReadOnlyList<AuditEntry> entries)
    {
        var rows = entries.Select(e => new
        {
            sequence = e.Sequence,
            at = e.At.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            userId = e.UserId,
            userName = e.UserName,
            address = e.Address,
            action = e.Action.ToString(),
            entityType = e.EntityType,
            entityId = e.EntityId,
            childId = e.ChildId,
            details = e.Details is null ? (JsonElement?)null : JsonDocument.Parse(e.Details).RootElement.Clone(),
        });
        return JsonSerializer.Serialize(rows, new JsonSerializerOptions { WriteIndented = true }) + Environment.NewLine;
    }

    private static string Table(IReadOnlyList<AuditEntry> entries)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        writer.WriteLine("sequence  at (UTC)              user                 address          action            record              child     details");
        foreach (AuditEntry e in entries)
        {
            string record = e.EntityType is null ? "" : $"{e.EntityType} {e.EntityId}";
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{e.Sequence,8}  {e.At:yyyy-MM-dd HH:mm:ss}  {e.UserId,-20} {e.Address,-16} {e.Action,-17} {record,-19} {e.ChildId,-9} {e.Details}"));
        }

        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{entries.Count} entries"));
        return writer.ToString();
    }
}
