using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;

namespace OpenCsc.Returns.AnnexA;

/// <summary>
/// List 3, referrals: every referral (CIN episode) received in the 12 months before the as-of date, one row per
/// referral, oldest first (the issue sets 12 months; Ofsted's template asks for 6). "Number of Referrals in Last 12
/// Months" counts the child's earlier referrals in the 12 months before this one (0 for a first referral), as Ofsted's
/// re-referral measure does. The allocation is the one at the as-of date (else the last before it).
/// </summary>
public sealed class List3Referrals : AnnexAList<List3Referrals.Row>
{
    public const int WindowMonths = 12;

    private static readonly AnnexAColumn<Row>[] AllColumns =
    [
        .. CommonColumns.Child<Row>(),
        new("Date of referral", r => r.ReferralDate),
        new("Referral Source", r => r.Source),
        new("Referral NFA?", r => AnnexALabels.YesNo(r.Nfa)),
        new("Number of Referrals in Last 12 Months", r => r.EarlierReferralsIn12Months),
        .. CommonColumns.Allocation<Row>(),
    ];

    public sealed record Row(
        AnnexAChild Child, DateOnly ReferralDate, string Source, bool Nfa, int EarlierReferralsIn12Months, AnnexAAllocation Allocation)
        : IAnnexAChildRow, IAnnexAAllocatedRow;

    public override string SheetName => "List 3";

    protected override IReadOnlyList<AnnexAColumn<Row>> Columns => AllColumns;

    protected override async IAsyncEnumerable<Row> LoadAsync(
        AppDbContext db, DateOnly asOf, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var window = new AnnexAWindow(asOf, WindowMonths);
        DateOnly from = window.Start;
        var inWindow = db.CinEpisodes.AsNoTracking().Where(e => e.ReferralDate >= from && e.ReferralDate <= asOf);
        IQueryable<long> childIds = inWindow.Select(e => e.ChildId);

        // Every referral that can count as an earlier one: from 12 months before the window's first day.
        DateOnly earliest = from.AddMonths(-12);
        var referralDates = (await db.CinEpisodes.AsNoTracking()
                .Where(e => childIds.Contains(e.ChildId) && e.ReferralDate >= earliest && e.ReferralDate <= asOf)
                .Select(e => new { e.ChildId, e.Id, e.ReferralDate })
                .ToListAsync(cancellationToken))
            .ToLookup(e => e.ChildId);
        var allocations = await AnnexAChildren.AllocationsAsync(db, childIds, asOf, cancellationToken);

        var referrals = inWindow
            .OrderBy(e => e.ReferralDate).ThenBy(e => e.Id)
            .Select(e => new
            {
                e.Id,
                e.ReferralDate,
                e.ReferralSource,
                e.ReferralNfa,
                Child = new ChildFacts(e.Child!.Id, e.Child.LaChildId, e.Child.Sex, e.Child.Ethnicity, e.Child.DateOfBirth),
            });
        await foreach (var referral in referrals.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            DateOnly yearBefore = referral.ReferralDate.AddMonths(-12);
            int earlier = referralDates[referral.Child.Id].Count(r =>
                r.Id != referral.Id && r.ReferralDate >= yearBefore
                && (r.ReferralDate < referral.ReferralDate || (r.ReferralDate == referral.ReferralDate && r.Id < referral.Id)));
            yield return new Row(
                AnnexAChildren.Describe(referral.Child, asOf),
                referral.ReferralDate,
                AnnexALabels.Source(referral.ReferralSource),
                referral.ReferralNfa,
                earlier,
                allocations.GetValueOrDefault(referral.Child.Id, AnnexAAllocation.None));
        }
    }
}
