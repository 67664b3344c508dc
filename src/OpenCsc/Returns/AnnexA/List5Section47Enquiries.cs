using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using OpenCsc.ChildProtection;
using OpenCsc.Data;

namespace OpenCsc.Returns.AnnexA;

/// <summary>
/// List 5, section 47 enquiries and ICPCs: every section 47 enquiry that started, or whose initial child protection
/// conference was held, in the 6 months before the as-of date, one row per enquiry. The two counts are the child's
/// enquiries started, and ICPCs held, in the 12 months up to the as-of date (this one included).
/// </summary>
public sealed class List5Section47Enquiries : AnnexAList<List5Section47Enquiries.Row>
{
    public const int WindowMonths = 6;

    /// <summary>The look-back of the two count columns.</summary>
    public const int CountMonths = 12;

    private static readonly AnnexAColumn<Row>[] AllColumns =
    [
        .. CommonColumns.Child<Row>(),
        CommonColumns.Disability<Row>(),
        new("Strategy discussion initiating Section 47 Enquiry Start Date", r => r.StartDate),
        new("Was an Initial Child Protection Conference deemed unnecessary?", r => AnnexALabels.YesNo(r.IcpcNotRequired)),
        new("Date of Initial Child Protection Conference", r => r.IcpcDate),
        new("Did the Initial Child Protection Conference Result in a Child Protection Plan", r => r.IcpcResultedInPlan),
        new("Number of Section 47 Enquiries in the last 12 months", r => r.EnquiriesIn12Months),
        new("Number of ICPCs in the last 12 months", r => r.IcpcsIn12Months),
        .. CommonColumns.Allocation<Row>(),
    ];

    public sealed record Row(
        AnnexAChild Child, DateOnly StartDate, bool IcpcNotRequired, DateOnly? IcpcDate, string? IcpcResultedInPlan,
        int EnquiriesIn12Months, int IcpcsIn12Months, AnnexAAllocation Allocation) : IAnnexAChildRow, IAnnexAAllocatedRow;

    public override string SheetName => "List 5";

    protected override IReadOnlyList<AnnexAColumn<Row>> Columns => AllColumns;

    protected override async IAsyncEnumerable<Row> LoadAsync(
        AppDbContext db, DateOnly asOf, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var window = new AnnexAWindow(asOf, WindowMonths);
        DateOnly from = window.Start;
        var inWindow = db.Section47Enquiries.AsNoTracking()
            .Where(s => (s.StartDate >= from && s.StartDate <= asOf)
                || (s.DateOfInitialCpc >= from && s.DateOfInitialCpc <= asOf));
        IQueryable<long> childIds = inWindow.Select(s => s.ChildId);
        var disabilities = await AnnexAChildren.DisabilitiesAsync(db, childIds, cancellationToken);
        var allocations = await AnnexAChildren.AllocationsAsync(db, childIds, asOf, cancellationToken);

        var countWindow = new AnnexAWindow(asOf, CountMonths);
        DateOnly countFrom = countWindow.Start;
        var recent = (await db.Section47Enquiries.AsNoTracking()
                .Where(s => childIds.Contains(s.ChildId)
                    && ((s.StartDate >= countFrom && s.StartDate <= asOf) || (s.DateOfInitialCpc >= countFrom && s.DateOfInitialCpc <= asOf)))
                .Select(s => new { s.ChildId, s.StartDate, s.DateOfInitialCpc })
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.ChildId);

        var enquiries = inWindow
            .OrderBy(s => s.StartDate).ThenBy(s => s.Id)
            .Select(s => new
            {
                s.StartDate,
                s.IcpcNotRequired,
                s.DateOfInitialCpc,
                s.Outcome,
                Child = new ChildFacts(s.Child!.Id, s.Child.LaChildId, s.Child.Sex, s.Child.Ethnicity, s.Child.DateOfBirth),
            });
        await foreach (var enquiry in enquiries.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var childEnquiries = recent[enquiry.Child.Id];
            DateOnly? icpc = AnnexALabels.UpTo(enquiry.DateOfInitialCpc, asOf);
            yield return new Row(
                AnnexAChildren.Describe(enquiry.Child, asOf, disabilities),
                enquiry.StartDate,
                enquiry.IcpcNotRequired,
                icpc,
                icpc is null ? null : IcpcResult(enquiry.Outcome),
                childEnquiries.Count(s => countWindow.Contains(s.StartDate)),
                childEnquiries.Count(s => s.DateOfInitialCpc is { } d && countWindow.Contains(d)),
                allocations.GetValueOrDefault(enquiry.Child.Id, AnnexAAllocation.None));
        }
    }

    private static string IcpcResult(Section47Outcome? outcome) => outcome switch
    {
        Section47Outcome.ChildProtectionPlan => AnnexALabels.Yes,
        Section47Outcome.ChildInNeedPlan or Section47Outcome.NoFurtherAction => AnnexALabels.No,
        null => AnnexALabels.Unknown,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}
