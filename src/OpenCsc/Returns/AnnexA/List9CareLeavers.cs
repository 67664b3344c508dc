using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;

namespace OpenCsc.Returns.AnnexA;

/// <summary>
/// List 9, care leavers: every young person with a care leaver record (eligible, relevant, former relevant or
/// qualifying) aged 16 to 25 at the as-of date, one row each (those with no date of birth are listed too). In touch,
/// contact, accommodation and activity come from the latest status recorded by the as-of date; with none recorded,
/// "LA in Touch" is "c) Not recorded" and the rest blank.
/// </summary>
public sealed class List9CareLeavers : AnnexAList<List9CareLeavers.Row>
{
    public const int YoungestAge = 16;
    public const int OldestAge = 25;

    private static readonly AnnexAColumn<Row>[] AllColumns =
    [
        .. CommonColumns.Child<Row>(),
        new("Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)", r => r.Uasc),
        CommonColumns.Disability<Row>(),
        .. CommonColumns.Allocation<Row>(),
        new("Allocated Personal Advisor", r => r.PersonalAdviser),
        new("Eligibility Category", r => r.Eligibility),
        new("Latest Pathway Plan Review Date", r => r.LatestPathwayPlanReview),
        new("LA in Touch", r => r.InTouch),
        new("Latest Date of Contact", r => r.LatestContact),
        new("Type of Accommodation", r => r.Accommodation),
        new("Suitability of Accommodation", r => r.Suitability),
        new("Activity Status", r => r.Activity),
    ];

    public sealed record Row(
        AnnexAChild Child, string Uasc, AnnexAAllocation Allocation, string? PersonalAdviser, string Eligibility,
        DateOnly? LatestPathwayPlanReview, string InTouch, DateOnly? LatestContact, string? Accommodation, string? Suitability,
        string? Activity) : IAnnexAChildRow, IAnnexAAllocatedRow;

    public override string SheetName => "List 9";

    protected override IReadOnlyList<AnnexAColumn<Row>> Columns => AllColumns;

    protected override async IAsyncEnumerable<Row> LoadAsync(
        AppDbContext db, DateOnly asOf, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        DateOnly bornOnOrBefore = asOf.AddYears(-YoungestAge);
        DateOnly bornAfter = asOf.AddYears(-(OldestAge + 1));
        var inScope = db.CareLeavers.AsNoTracking()
            .Where(l => l.Child!.DateOfBirth == null || (l.Child.DateOfBirth <= bornOnOrBefore && l.Child.DateOfBirth > bornAfter));
        IQueryable<long> childIds = inScope.Select(l => l.ChildId);

        var leavers = await inScope
            .OrderBy(l => l.Child!.LaChildId).ThenBy(l => l.Id)
            .Select(l => new
            {
                l.Id,
                l.Eligibility,
                l.LatestPathwayPlanReviewDate,
                AdviserFirstName = l.PersonalAdviser == null ? null : l.PersonalAdviser.FirstName,
                AdviserLastName = l.PersonalAdviser == null ? null : l.PersonalAdviser.LastName,
                l.Child!.IsUasc,
                l.Child.UascCeasedDate,
                Child = new ChildFacts(l.Child.Id, l.Child.LaChildId, l.Child.Sex, l.Child.Ethnicity, l.Child.DateOfBirth),
            })
            .ToListAsync(cancellationToken);
        var statuses = (await db.CareLeaverStatuses.AsNoTracking()
                .Where(s => inScope.Select(l => l.Id).Contains(s.CareLeaverId) && s.RecordedOn <= asOf)
                .Select(s => new
                {
                    s.Id,
                    s.CareLeaverId,
                    s.RecordedOn,
                    s.InTouch,
                    s.LatestContactDate,
                    s.Accommodation,
                    s.AccommodationSuitable,
                    s.Activity,
                })
                .ToListAsync(cancellationToken))
            .GroupBy(s => s.CareLeaverId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.RecordedOn).ThenByDescending(s => s.Id).First());
        var disabilities = await AnnexAChildren.DisabilitiesAsync(db, childIds, cancellationToken);
        var allocations = await AnnexAChildren.AllocationsAsync(db, childIds, asOf, cancellationToken);

        foreach (var leaver in leavers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var status = statuses.GetValueOrDefault(leaver.Id);
            string? adviser = leaver.AdviserFirstName is null ? null : $"{leaver.AdviserFirstName} {leaver.AdviserLastName}".Trim();
            yield return new Row(
                AnnexAChildren.Describe(leaver.Child, asOf, disabilities),
                AnnexALabels.YesNo(leaver.IsUasc || leaver.UascCeasedDate is not null),
                allocations.GetValueOrDefault(leaver.Child.Id, AnnexAAllocation.None),
                adviser,
                AnnexALabels.Eligibility(leaver.Eligibility),
                AnnexALabels.UpTo(leaver.LatestPathwayPlanReviewDate, asOf),
                AnnexALabels.InTouch(status?.InTouch),
                AnnexALabels.UpTo(status?.LatestContactDate, asOf),
                AnnexALabels.Accommodation(status?.Accommodation),
                status is null ? null : AnnexALabels.Suitability(status.AccommodationSuitable),
                AnnexALabels.Activity(status?.Activity));
        }
    }
}
