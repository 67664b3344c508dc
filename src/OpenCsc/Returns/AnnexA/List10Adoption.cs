using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.LookedAfter;

namespace OpenCsc.Returns.AnnexA;

/// <summary>
/// List 10, adoption: every decision that a child should be placed for adoption made by the as-of date and still
/// live at some time in the 12 months before it: not reversed before the window and the child not adopted before it.
/// One row per decision. The date the child entered care is the start of the period of care the decision was made in
/// (else the child's first). Match, placement and order dates come from the child's adoption record; the placement
/// order from the child's latest placement order.
/// </summary>
public sealed class List10Adoption : AnnexAList<List10Adoption.Row>
{
    public const int WindowMonths = 12;

    private static readonly AnnexAColumn<Row>[] AllColumns =
    [
        CommonColumns.ChildId<Row>(),
        new("Family identifier", r => r.FamilyIdentifier),
        CommonColumns.Gender<Row>(),
        CommonColumns.Ethnicity<Row>(),
        CommonColumns.DateOfBirth<Row>(),
        CommonColumns.Age<Row>(),
        CommonColumns.Disability<Row>(),
        new("Date the Child Entered Care", r => r.EnteredCare),
        new("Date of Decision that Child Should be Placed for Adoption", r => r.DecisionDate),
        new("Date of Placement Order", r => r.PlacementOrder),
        new("Date of Matching Child and Prospective Adopters", r => r.Matched),
        new("Date Placed for Adoption", r => r.Placed),
        new("Date of Adoption Order", r => r.AdoptionOrder),
        new("Date of Decision that Child Should No Longer be Placed for Adoption", r => r.DecisionCeased),
        new("Reason Why Child No Longer Placed for Adoption", r => r.ReasonCeased),
        new("Date the child was placed for fostering in FFA or concurrent planning placement", r => r.FosteringForAdoption),
    ];

    public sealed record Row(
        AnnexAChild Child, string? FamilyIdentifier, DateOnly? EnteredCare, DateOnly DecisionDate, DateOnly? PlacementOrder,
        DateOnly? Matched, DateOnly? Placed, DateOnly? AdoptionOrder, DateOnly? DecisionCeased, string? ReasonCeased,
        DateOnly? FosteringForAdoption) : IAnnexAChildRow;

    public override string SheetName => "List 10";

    protected override IReadOnlyList<AnnexAColumn<Row>> Columns => AllColumns;

    protected override async IAsyncEnumerable<Row> LoadAsync(
        AppDbContext db, DateOnly asOf, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var window = new AnnexAWindow(asOf, WindowMonths);
        DateOnly from = window.Start;
        var inWindow = db.AdoptionDecisions.AsNoTracking()
            .Where(d => d.DecisionDate <= asOf && (d.DecisionCeasedDate == null || d.DecisionCeasedDate >= from));
        IQueryable<long> childIds = inWindow.Select(d => d.ChildId);

        var decisions = await inWindow
            .OrderBy(d => d.DecisionDate).ThenBy(d => d.Id)
            .Select(d => new
            {
                d.DecisionDate,
                d.DecisionCeasedDate,
                d.ReasonCeased,
                Child = new ChildFacts(d.Child!.Id, d.Child.LaChildId, d.Child.Sex, d.Child.Ethnicity, d.Child.DateOfBirth),
            })
            .ToListAsync(cancellationToken);
        var adoptions = (await db.Adoptions.AsNoTracking()
                .Where(a => childIds.Contains(a.ChildId))
                .Select(a => new
                {
                    a.Id,
                    a.ChildId,
                    a.FamilyIdentifier,
                    a.DateMatched,
                    a.DatePlaced,
                    a.AdoptionOrderDate,
                    a.FosteringForAdoptionDate,
                })
                .ToListAsync(cancellationToken))
            .GroupBy(a => a.ChildId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.Id).First());
        var placementOrders = await db.LegalOrders.AsNoTracking()
            .Where(o => childIds.Contains(o.ChildId) && o.Kind == LegalOrderKind.PlacementOrder && o.DateMade <= asOf)
            .GroupBy(o => o.ChildId)
            .Select(g => new { ChildId = g.Key, Date = g.Max(o => o.DateMade) })
            .ToDictionaryAsync(x => x.ChildId, x => x.Date, cancellationToken);
        var periodStarts = (await db.PeriodsOfCare.AsNoTracking()
                .Where(p => childIds.Contains(p.ChildId) && p.StartDate <= asOf)
                .Select(p => new { p.ChildId, p.StartDate })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.ChildId, p => p.StartDate);
        var disabilities = await AnnexAChildren.DisabilitiesAsync(db, childIds, cancellationToken);

        foreach (var decision in decisions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            long childId = decision.Child.Id;
            var adoption = adoptions.GetValueOrDefault(childId);
            DateOnly? adopted = AnnexALabels.UpTo(adoption?.AdoptionOrderDate, asOf);
            if (adopted < from)
            {
                continue;
            }

            var starts = periodStarts[childId].Order().ToList();
            DateOnly? enteredCare = starts.Where(s => s <= decision.DecisionDate).Select(s => (DateOnly?)s).LastOrDefault()
                ?? starts.Select(s => (DateOnly?)s).FirstOrDefault();
            DateOnly? ceased = AnnexALabels.UpTo(decision.DecisionCeasedDate, asOf);
            yield return new Row(
                AnnexAChildren.Describe(decision.Child, asOf, disabilities),
                adoption?.FamilyIdentifier,
                enteredCare,
                decision.DecisionDate,
                placementOrders.TryGetValue(childId, out DateOnly order) ? order : null,
                AnnexALabels.UpTo(adoption?.DateMatched, asOf),
                AnnexALabels.UpTo(adoption?.DatePlaced, asOf),
                adopted,
                ceased,
                ceased is null ? null : AnnexALabels.ReasonNoLongerPlacedForAdoption(decision.ReasonCeased),
                AnnexALabels.UpTo(adoption?.FosteringForAdoptionDate, asOf));
        }
    }
}
