using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Trackers;

namespace OpenCsc.Cli.Commands;

/// <summary>
/// `opencsc trackers visits|assessments|icpc|reviews|health|rhi --as-of DATE [--team T] [--worker W] --format json|csv`:
/// every item open at the end of the as-at date, most urgent first, with the child, who holds the case, the due date and
/// the state.
/// </summary>
public static class TrackersCommand
{
    public static Command Create()
    {
        var command = new Command("trackers", "What is due: visits, assessments, ICPCs, CLA reviews, initial health assessments, return home interviews.");
        foreach (Tracker tracker in TrackerCatalogue.All)
        {
            command.Subcommands.Add(Subcommand(tracker));
        }

        return command;
    }

    private static Command Subcommand(Tracker tracker)
    {
        Option<DateOnly?> asOf = CommonOptions.DateOption("--as-of", "Items open at the end of this day");
        asOf.Required = true;
        var team = new Option<string?>("--team") { Description = "Only cases the team holds on the day (its name or id)." };
        var worker = new Option<string?>("--worker") { Description = "Only cases the worker holds on the day (their staff number, id, or first and last name)." };
        var format = new Option<string>("--format") { Description = "json (default) or csv.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv");

        var command = new Command(tracker.Slug, tracker.Title + ": " + tracker.Rule(OpenCsc.Calendar.StatutoryTimescales.Default));
        command.Options.Add(asOf);
        command.Options.Add(team);
        command.Options.Add(worker);
        command.Options.Add(format);
        command.SetAction(async (parse, cancellationToken) =>
        {
            DatabaseSettings settings = await ReturnOptions.OpenMigratedAsync(parse, cancellationToken);
            await using AppDbContext db = AppDatabase.CreateContext(settings);
            long? teamId = await TeamAsync(db, parse.GetValue(team), cancellationToken);
            long? workerId = await WorkerAsync(db, parse.GetValue(worker), cancellationToken);
            var filter = new TrackerFilter(parse.GetValue(asOf)!.Value, teamId, workerId);
            TrackerList list = await new ListTrackerItems(TrackerQuery.For(db, await CliTimescales.InForceAsync(db, cancellationToken))).RunAsync(tracker, filter, cancellationToken);
            string text = parse.GetValue(format) == "csv" ? WriteTrackerCsv.Write(list.Items) : Json(list);
            await parse.InvocationConfiguration.Output.WriteAsync(text);
            return CliApp.Ok;
        });
        return command;
    }

    private static async Task<long?> TeamAsync(AppDbContext db, string? team, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(team))
        {
            return null;
        }

        long? id = long.TryParse(team, NumberStyles.None, CultureInfo.InvariantCulture, out long number)
            ? await db.Teams.Where(t => t.Id == number).Select(t => (long?)t.Id).FirstOrDefaultAsync(cancellationToken)
            : await db.Teams.Where(t => t.Name == team).Select(t => (long?)t.Id).FirstOrDefaultAsync(cancellationToken);
        if (id is null)
        {
            var names = await db.Teams.OrderBy(t => t.Name).Select(t => t.Name).Take(50).ToListAsync(cancellationToken);
            throw new UsageException($"--team '{team}': no team of that name or id. Teams: {string.Join(", ", names)}.");
        }

        return id;
    }

    private static async Task<long?> WorkerAsync(AppDbContext db, string? worker, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(worker))
        {
            return null;
        }

        string text = worker.Trim();
        var byStaffNumber = await db.Workers.Where(w => w.StaffNumber == text).Select(w => (long?)w.Id).FirstOrDefaultAsync(cancellationToken);
        if (byStaffNumber is not null)
        {
            return byStaffNumber;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long number)
            && await db.Workers.AnyAsync(w => w.Id == number, cancellationToken))
        {
            return number;
        }

        var named = await db.Workers.Where(w => w.FirstName + " " + w.LastName == text)
            .OrderBy(w => w.StaffNumber).Select(w => new { w.Id, w.StaffNumber }).Take(10).ToListAsync(cancellationToken);
        return named.Count switch
        {
            1 => named[0].Id,
            0 => throw new UsageException($"--worker '{worker}': no worker with that staff number, id or name."),
            _ => throw new UsageException($"--worker '{worker}': more than one worker has that name; give a staff number ({string.Join(", ", named.Select(w => w.StaffNumber))})."),
        };
    }

    private static string Json(TrackerList list)
    {
        var items = list.Items.Select(i => new Dictionary<string, object?>
        {
            ["kind"] = i.KindLabel,
            ["child"] = new Dictionary<string, object?> { ["id"] = i.ChildId, ["laChildId"] = i.LaChildId, ["name"] = i.ChildName },
            ["worker"] = Named(i.WorkerId, i.WorkerName),
            ["team"] = Named(i.TeamId, i.TeamName),
            ["manager"] = Named(i.ManagerId, i.ManagerName),
            ["since"] = new Dictionary<string, object?> { ["event"] = i.SinceEvent, ["date"] = WriteTrackerCsv.Iso(i.Since) },
            ["due"] = WriteTrackerCsv.Iso(i.Due),
            ["state"] = i.State.ToString(),
            ["daysOverdue"] = i.DaysOverdue,
        });
        return JsonSerializer.Serialize(items, new JsonSerializerOptions { WriteIndented = true }) + Environment.NewLine;
    }

    private static Dictionary<string, object?>? Named(long? id, string? name) =>
        id is null ? null : new Dictionary<string, object?> { ["id"] = id, ["name"] = name };
}
