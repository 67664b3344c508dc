using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Returns;
using OpenCsc.Returns.Validation;
using OpenCsc.Returns.Validation.Ssda903;

namespace OpenCsc.DataQuality;

/// <summary>
/// Runs the SSDA903 validation rules of the collection year containing <c>day</c> over OpenCSC's own data, checked
/// in-year (the window from 1 April to the day, as if the year ended then), and saves the run with every failure, the
/// child it is about and who held the case that day (the allocation open at the end of the day). The failures are
/// written in bulk and the audit trail records them as one summary.
/// </summary>
public static class RunDataQuality
{
    public const string Ssda903 = "ssda903";

    public static async Task<ValidationRun> RunAsync(AppDbContext db, DateOnly day, RunTrigger trigger, DateTime ranAtUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        CollectionYear year = CollectionYear.Containing(day);
        ReturnTables tables = await OwnSsda903Tables.ReadAsync(db, year, cancellationToken);
        DateOnly end = day < year.End ? day : year.End;
        ValidationReport report = Ssda903Validator.Validate(tables, Ssda903RuleSets.For(year), year.Start, end);

        var children = (await db.Children.AsNoTracking().Select(c => new { c.Id, c.LaChildId }).ToListAsync(cancellationToken))
            .GroupBy(c => c.LaChildId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        var holders = (await db.Allocations.AsNoTracking()
                .Where(a => a.StartDate <= day && (a.EndDate == null || a.EndDate > day))
                .Select(a => new { a.ChildId, a.TeamId, a.WorkerId, a.StartDate, a.Id })
                .ToListAsync(cancellationToken))
            .GroupBy(a => a.ChildId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.StartDate).ThenByDescending(a => a.Id).First());

        var run = new ValidationRun
        {
            Collection = Ssda903,
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
