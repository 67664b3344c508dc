using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Returns;
using OpenCsc.Returns.CinCensus;
using OpenCsc.Returns.Validation;
using OpenCsc.Returns.Validation.CinCensus;
using OpenCsc.Returns.Validation.Ssda903;

namespace OpenCsc.DataQuality;

/// <summary>
/// Runs a statutory return's validation rules (SSDA903 or the CIN census) of the collection year containing
/// <c>day</c> over OpenCSC's own data, exported in memory as the return would be sent, checked
/// in-year (the window from 1 April to the day, as if the year ended then), and saves the run with every failure, the
/// child it is about and who held the case that day (the allocation open at the end of the day). The failures are
/// written in bulk and the audit trail records them as one summary.
/// </summary>
public static class RunDataQuality
{
    public const string Ssda903 = "ssda903";

    public const string CinCensus = "cin-census";

    /// <summary>The returns checked, in the order the pages list them.</summary>
    public static readonly IReadOnlyList<string> Collections = [Ssda903, CinCensus];

    public static string Label(string collection) => collection == CinCensus ? "CIN census" : "SSDA903";

    public static async Task<ValidationRun> RunAsync(AppDbContext db, DateOnly day, RunTrigger trigger, DateTime ranAtUtc, CancellationToken cancellationToken = default, string collection = Ssda903)
    {
        ArgumentNullException.ThrowIfNull(db);
        CollectionYear year = CollectionYear.Containing(day);
        DateOnly end = day < year.End ? day : year.End;
        ValidationReport report;
        if (collection == CinCensus)
        {
            using var stream = new MemoryStream();
            await ExportCinCensus.WriteAsync(db, year, stream, cancellationToken);
            stream.Position = 0;
            report = CinCensusValidator.Validate(CinCensusTables.Read(stream, "OpenCSC's own data"), year, year.Start, end);
        }
        else if (collection == Ssda903)
        {
            ReturnTables tables = await OwnSsda903Tables.ReadAsync(db, year, cancellationToken);
            report = Ssda903Validator.Validate(tables, Ssda903RuleSets.For(year), year.Start, end);
        }
        else
        {
            throw new ArgumentOutOfRangeException(nameof(collection), collection, "Expected ssda903 or cin-census.");
        }

        var children = (await db.Children.AsNoTracking().Select(c => new { c.Id, c.LaChildId }).ToListAsync(cancellationToken))
            .GroupBy(c => c.LaChildId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        var holders = (await db.Allocations.AsNoTracking()
                .Where(DatedPeriods.OpenAtEndOf<OpenCsc.Workforce.Allocation>(day))
                .Select(a => new { a.ChildId, a.TeamId, a.WorkerId, a.StartDate, a.Id })
                .ToListAsync(cancellationToken))
            .GroupBy(a => a.ChildId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.StartDate).ThenByDescending(a => a.Id).First());

        var run = new ValidationRun
        {
            Collection = collection,
            CollectionYear = year.Year,
            PeriodStart = year.Start,
            PeriodEnd = end,
            RanAt = DateTime.SpecifyKind(ranAtUtc, DateTimeKind.Unspecified),
            Trigger = trigger,
            RulesRun = report.RulesRun,
            Errors = report.Failures.Count(f => f.Type == RuleType.Error),
            Queries = report.Failures.Count(f => f.Type == RuleType.Query),
            NotChecked = report.Missing.Count == 0 ? null : string.Join("; ", report.Missing.Select(m => m.Describe())),
        };
        foreach (ValidationFailure failure in report.Failures)
        {
            long? child = failure.Child is { } la && children.TryGetValue(la, out long id) ? id : null;
            var holder = child is { } c && holders.TryGetValue(c, out var h) ? h : null;
            run.Failures.Add(new DataQualityFailure
            {
                Rule = failure.Rule,
                Type = failure.Type,
                TableName = failure.Table,
                Row = failure.Row,
                LaChildId = failure.Child,
                ChildId = child,
                TeamId = holder?.TeamId,
                WorkerId = holder?.WorkerId,
                Message = failure.Message,
            });
        }

        using (db.RecordChangesInBulk("data quality run"))
        {
            db.ValidationRuns.Add(run);
            await db.SaveChangesAsync(cancellationToken);
        }

        return run;
    }
}
