using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;

namespace OpenCsc.Returns.AnnexA;

/// <summary>
/// List 2, early help assessments: every early help episode whose assessment started or was completed in the 6 months
/// before the as-of date, one row per episode. The organisation is the lead agency recorded; where none is (the
/// council leads), the early help team, else the authority's name.
/// </summary>
public sealed class List2EarlyHelp : AnnexAList<List2EarlyHelp.Row>
{
    public const int WindowMonths = 6;

    private static readonly AnnexAColumn<Row>[] AllColumns =
    [
        .. CommonColumns.Child<Row>(),
        new("Assessment start date", r => r.StartDate),
        new("Assessment completion date", r => r.CompletionDate),
        new("Organisation completing assessment", r => r.Organisation),
    ];

    public sealed record Row(AnnexAChild Child, DateOnly StartDate, DateOnly? CompletionDate, string? Organisation) : IAnnexAChildRow;

    public override string SheetName => "List 2";

    protected override IReadOnlyList<AnnexAColumn<Row>> Columns => AllColumns;

    protected override async IAsyncEnumerable<Row> LoadAsync(
        AppDbContext db, DateOnly asOf, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var window = new AnnexAWindow(asOf, WindowMonths);
        DateOnly from = window.Start;
        string? authority = await db.Authorities.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken);
        var episodes = db.EarlyHelpEpisodes.AsNoTracking()
            .Where(e => (e.StartDate >= from && e.StartDate <= asOf)
                || (e.AssessmentCompletionDate >= from && e.AssessmentCompletionDate <= asOf))
            .OrderBy(e => e.StartDate).ThenBy(e => e.Id)
            .Select(e => new
            {
                e.StartDate,
                e.AssessmentCompletionDate,
                e.LeadAgency,
                Team = e.Team == null ? null : e.Team.Name,
                Child = new ChildFacts(e.Child!.Id, e.Child.LaChildId, e.Child.Sex, e.Child.Ethnicity, e.Child.DateOfBirth),
            });
        await foreach (var episode in episodes.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            string? organisation = !string.IsNullOrWhiteSpace(episode.LeadAgency) ? episode.LeadAgency
                : !string.IsNullOrWhiteSpace(episode.Team) ? episode.Team
                : authority;
            yield return new Row(
                AnnexAChildren.Describe(episode.Child, asOf),
                episode.StartDate,
                AnnexALabels.UpTo(episode.AssessmentCompletionDate, asOf),
                organisation);
        }
    }
}
