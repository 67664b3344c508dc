using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using OpenCsc.Audit;
using OpenCsc.Data;
using OpenCsc.Data.Migrations;

namespace OpenCsc.Cli.Commands;

/// <summary>
/// `opencsc audit verify [--checkpoints] [--checkpoint-file F]`: checks the audit trail's sealed hash chain with the
/// audit key, and with --checkpoints compares it with the checkpoint file; names every broken entry (exit 0 intact, 1
/// broken). `opencsc audit checkpoint [--checkpoint-file F]`: appends a sealed checkpoint of the trail's end. `opencsc audit list --child ID | --user ID [--action A] [--limit N] [--format table|json]`: who viewed or
/// changed this child's record, what this user did, newest first.
/// </summary>
public static class AuditCommand
{
    public static Command Create()
    {
        var command = new Command("audit", "The audit trail: check it has not been tampered with; list who viewed a child or what a user did.");
        command.Subcommands.Add(Verify());
        command.Subcommands.Add(Checkpoint());
        command.Subcommands.Add(List());
        return command;
    }

    private static Option<string?> CheckpointFileOption() => new("--checkpoint-file")
    {
        Description = "The checkpoint file (default: Audit:CheckpointFile, else beside the database: opencsc.db.audit-checkpoints, or opencsc-DBNAME.audit-checkpoints for PostgreSQL).",
    };

    private static Command Verify()
    {
        var checkpoints = new Option<bool>("--checkpoints")
        {
            Description = "Also compare the trail with the checkpoint file: name each checkpointed entry missing or changed, and a truncation below the last checkpoint.",
        };
        Option<string?> checkpointFile = CheckpointFileOption();
        var command = new Command("verify", "Check the audit trail's sealed hash chain with the audit key; name every entry edited, deleted, inserted or forged (exit 1).");
        command.Options.Add(checkpoints);
        command.Options.Add(checkpointFile);
        command.SetAction(async (parse, cancellationToken) =>
        {
            (AppDbContext db, DatabaseSettings settings) = await OpenKeyedAsync(parse, cancellationToken);
            await using (db)
            {
                TextWriter output = parse.InvocationConfiguration.Output;
                CheckpointFile? file = null;
                if (parse.GetValue(checkpoints) || parse.GetValue(checkpointFile) is not null)
                {
                    string path = CheckpointPath(parse, checkpointFile, settings);
                    if (!File.Exists(path))
                    {
                        throw new CommandFailedException(
                            $"there is no checkpoint file at {path}: nothing to compare the trail with. Write one with 'opencsc audit checkpoint' (the web host writes one every hour); if there was one, it has been deleted.");
                    }

                    file = AuditCheckpoints.Read(path, db.AuditKey);
                }

                AuditVerification result = await VerifyAuditTrail.RunAsync(db, file, cancellationToken);
                if (!result.Intact)
                {
                    await output.WriteLineAsync("Problems:");
                    foreach (AuditProblem problem in result.Problems)
                    {
                        await output.WriteLineAsync("  " + problem);
                    }

                    string where = result.BrokenAt is { } at ? string.Create(CultureInfo.InvariantCulture, $"at entry {at}") : "in its checkpoints";
                    throw new CommandFailedException(string.Create(CultureInfo.InvariantCulture,
                        $"audit trail broken {where}: {result.Problem} ({result.Entries} entries before it are intact; {result.Problems.Count} problem(s) listed)."));
                }

                string legacy = result.LegacyEntries == 0 ? ""
                    : string.Create(CultureInfo.InvariantCulture, $" (entries 1 to {result.LegacyEntries} are unkeyed legacy entries, hashed before the audit key came into use: only the keyed entries after them and the checkpoints protect them)");
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Audit trail intact: {result.Read} entries{legacy}; last hash {result.LastHash}."));
                if (file is not null)
                {
                    AuditCheckpoint? last = file.Checkpoints.Count > 0 ? file.Checkpoints[^1] : null;
                    await output.WriteLineAsync(last is null
                        ? $"Checkpoints: none in {file.Path}."
                        : string.Create(CultureInfo.InvariantCulture,
                            $"Checkpoints: {file.Checkpoints.Count} in {file.Path} agree with the trail (the last, line {last.Line} at {last.At:yyyy-MM-dd HH:mm:ss} UTC, recorded entry {last.Sequence})."));
                }

                return CliApp.Ok;
            }
        });
        return command;
    }

    private static Command Checkpoint()
    {
        Option<string?> checkpointFile = CheckpointFileOption();
        var command = new Command("checkpoint", "Append the trail's last entry and hash, sealed with the audit key, to the checkpoint file outside the database.");
        command.Options.Add(checkpointFile);
        command.SetAction(async (parse, cancellationToken) =>
        {
            (AppDbContext db, DatabaseSettings settings) = await OpenKeyedAsync(parse, cancellationToken);
            await using (db)
            {
                string path = CheckpointPath(parse, checkpointFile, settings);
                AuditCheckpoint written;
                try
                {
                    written = await AuditCheckpoints.WriteAsync(db, path, cancellationToken);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new CommandFailedException($"cannot write the checkpoint file {path}: {e.Message}");
                }

                await parse.InvocationConfiguration.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Checkpoint written to {path} (line {written.Line}): entry {written.Sequence}, hash {written.Hash}."));
                return CliApp.Ok;
            }
        });
        return command;
    }

    private static string CheckpointPath(ParseResult parse, Option<string?> option, DatabaseSettings settings) =>
        AuditFiles.CheckpointFile(parse.GetValue(option) ?? CommonOptions.Configuration()[AuditFiles.CheckpointFileSetting], settings);

    /// <summary>
    /// The database with the existing audit key: verifying or checkpointing with a key made on the spot would only
    /// report every keyed entry as forged, so a missing key file is an error here.
    /// </summary>
    private static async Task<(AppDbContext, DatabaseSettings)> OpenKeyedAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        DatabaseSettings settings = CommonOptions.DatabaseWithoutKey(parse);
        await EnsureCurrentAsync(settings, cancellationToken);
        AuditKey key = AuditKeyFile.Load(AuditFiles.KeyFile(CommonOptions.Configuration()[AuditFiles.KeyFileSetting], settings));
        settings = settings with { AuditKey = key };
        return (AppDatabase.CreateContext(settings), settings);
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
        await EnsureCurrentAsync(settings, cancellationToken);
        return AppDatabase.CreateContext(settings);
    }

    private static async Task EnsureCurrentAsync(DatabaseSettings settings, CancellationToken cancellationToken)
    {
        await AppDatabase.EnsureReachableAsync(settings, cancellationToken);
        int version = await new DatabaseMigrator(settings).CurrentVersionAsync(cancellationToken);
        if (version < DatabaseMigrator.LatestVersion(settings.Provider))
        {
            throw new CommandFailedException($"The {settings.Description} is not at the current schema (it has no audit trail yet, or an older one): run 'opencsc db migrate' first.");
        }
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
