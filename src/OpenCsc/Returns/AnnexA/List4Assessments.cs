using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using OpenCsc.ChildInNeed;
using OpenCsc.Data;

namespace OpenCsc.Returns.AnnexA;

/// <summary>
/// List 4, assessments: every single (continuous) assessment open at any time in the 6 months before the as-of date
/// (started by then and not authorised before the window), one row per assessment: so those started, completed or
/// still open in the window. "Requiring LA children's social care support" is Yes when the authorised outcome is a
/// CIN plan, a strategy discussion or care, No for no further action, early help or other services, blank until
/// authorised.
/// </summary>
public sealed class List4Assessments : AnnexAList<List4Assessments.Row>
{
    public const int WindowMonths = 6;

    private static readonly AnnexAColumn<Row>[] AllColumns =
    [
        .. CommonColumns.Child<Row>(),
        CommonColumns.Disability<Row>(),
        new("Continuous Assessment Start Date", r => r.StartDate),
        new("Child Seen During Continuous Assessment", r => r.ChildSeen),
        new("Continuous Assessment Date of Authorisation", r => r.AuthorisationDate),
        new("Was the child assessed as requiring LA children's social care support?", r => r.RequiresSupport),
        .. CommonColumns.Allocation<Row>(),
    ];

    public sealed record Row(
        AnnexAChild Child, DateOnly StartDate, string ChildSeen, DateOnly? AuthorisationDate, string? RequiresSupport,
        AnnexAAllocation Allocation) : IAnnexAChildRow, IAnnexAAllocatedRow;

    public override string SheetName => "List 4";

    protected override IReadOnlyList<AnnexAColumn<Row>> Columns => AllColumns;

    protected override async IAsyncEnumerable<Row> LoadAsync(
        AppDbContext db, DateOnly asOf, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var window = new AnnexAWindow(asOf, WindowMonths);
        DateOnly from = window.Start;
        var inWindow = db.Assessments.AsNoTracking()
            .Where(a => a.StartDate <= asOf && (a.AuthorisationDate == null || a.AuthorisationDate >= from));
        IQueryable<long> childIds = inWindow.Select(a => a.ChildId);
        var disabilities = await AnnexAChildren.DisabilitiesAsync(db, childIds, cancellationToken);
        var allocations = await AnnexAChildren.AllocationsAsync(db, childIds, asOf, cancellationToken);

        var assessments = inWindow
            .OrderBy(a => a.StartDate).ThenBy(a => a.Id)
            .Select(a => new
            {
                a.StartDate,
                a.ChildSeenDate,
                a.AuthorisationDate,
                a.Outcome,
                Child = new ChildFacts(a.Child!.Id, a.Child.LaChildId, a.Child.Sex, a.Child.Ethnicity, a.Child.DateOfBirth),
            });
        await foreach (var assessment in assessments.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            DateOnly? authorised = AnnexALabels.UpTo(assessment.AuthorisationDate, asOf);
            yield return new Row(
                AnnexAChildren.Describe(assessment.Child, asOf, disabilities),
                assessment.StartDate,
                AnnexALabels.YesNo(AnnexALabels.UpTo(assessment.ChildSeenDate, asOf) is not null),
                authorised,
                authorised is null ? null : RequiresSupport(assessment.Outcome),
                allocations.GetValueOrDefault(assessment.Child.Id, AnnexAAllocation.None));
        }
    }

    private static string? RequiresSupport(AssessmentOutcome? outcome) => outcome switch
    {
        AssessmentOutcome.ChildInNeedPlan or AssessmentOutcome.StrategyDiscussion or AssessmentOutcome.LookedAfter => AnnexALabels.Yes,
        AssessmentOutcome.NoFurtherAction or AssessmentOutcome.EarlyHelp or AssessmentOutcome.OtherServices => AnnexALabels.No,
        null => null,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}
