using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;

namespace OpenCsc.Returns.AnnexA;

/// <summary>
/// List 11, adopters: every prospective adopter whose enquiry was received by the as-of date and who was still in the
/// process at some time in the 12 months before it: not left the process, and no adoption order, before the window.
/// One row per adopter. Dates after the as-of date are left blank (not yet known then).
/// </summary>
public sealed class List11Adopters : AnnexAList<List11Adopters.Row>
{
    public const int WindowMonths = 12;

    private static readonly AnnexAColumn<Row>[] AllColumns =
    [
        new("Individual adopter identifier", r => r.AdopterIdentifier),
        new("Family identifier", r => r.FamilyIdentifier),
        new("Gender", r => r.Gender),
        new("Ethnicity", r => r.Ethnicity),
        new("Disability", r => r.Disability),
        new("Is the (prospective) adopter fostering for adoption?", r => r.FosteringForAdoption),
        new("Date enquiry received", r => r.Enquiry),
        new("Date Stage 1 started", r => r.Stage1Start),
        new("Date Stage 1 ended", r => r.Stage1End),
        new("Date Stage 2 started", r => r.Stage2Start),
        new("Date Stage 2 ended", r => r.Stage2End),
        new("Date application submitted", r => r.ApplicationSubmitted),
        new("Date application approved", r => r.Approved),
        new("Date adopter matched with child(ren)", r => r.Matched),
        new("Date child/children placed with adopter(s)", r => r.Placed),
        new("No. of children placed", r => r.ChildrenPlaced),
        new("Date of Adoption Order", r => r.AdoptionOrder),
        new("Date of leaving adoption process", r => r.LeftProcess),
        new("Reason for leaving adoption process", r => r.LeftProcessReason),
    ];

    public sealed record Row(
        string AdopterIdentifier, string? FamilyIdentifier, string Gender, string Ethnicity, string Disability,
        string? FosteringForAdoption, DateOnly Enquiry, DateOnly? Stage1Start, DateOnly? Stage1End, DateOnly? Stage2Start,
        DateOnly? Stage2End, DateOnly? ApplicationSubmitted, DateOnly? Approved, DateOnly? Matched, DateOnly? Placed,
        int? ChildrenPlaced, DateOnly? AdoptionOrder, DateOnly? LeftProcess, string? LeftProcessReason);

    public override string SheetName => "List 11";

    protected override IReadOnlyList<AnnexAColumn<Row>> Columns => AllColumns;

    protected override async IAsyncEnumerable<Row> LoadAsync(
        AppDbContext db, DateOnly asOf, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var window = new AnnexAWindow(asOf, WindowMonths);
        DateOnly from = window.Start;
        var adopters = db.ProspectiveAdopters.AsNoTracking()
            .Where(a => a.EnquiryDate != null && a.EnquiryDate <= asOf
                && (a.LeftProcessDate == null || a.LeftProcessDate >= from)
                && (a.AdoptionOrderDate == null || a.AdoptionOrderDate >= from))
            .OrderBy(a => a.EnquiryDate).ThenBy(a => a.Id);
        await foreach (var a in adopters.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            DateOnly? left = AnnexALabels.UpTo(a.LeftProcessDate, asOf);
            DateOnly? placed = AnnexALabels.UpTo(a.PlacedDate, asOf);
            yield return new Row(
                a.AdopterIdentifier,
                a.FamilyIdentifier,
                AnnexALabels.Gender(a.Sex),
                AnnexALabels.Ethnicity(a.Ethnicity),
                a.HasDisability is { } disabled ? AnnexALabels.YesNo(disabled) : AnnexALabels.Unknown,
                AnnexALabels.YesNo(a.FosteringForAdoption),
                a.EnquiryDate!.Value,
                AnnexALabels.UpTo(a.Stage1StartDate, asOf),
                AnnexALabels.UpTo(a.Stage1EndDate, asOf),
                AnnexALabels.UpTo(a.Stage2StartDate, asOf),
                AnnexALabels.UpTo(a.Stage2EndDate, asOf),
                AnnexALabels.UpTo(a.ApplicationSubmittedDate, asOf),
                AnnexALabels.UpTo(a.ApprovedDate, asOf),
                AnnexALabels.UpTo(a.MatchedDate, asOf),
                placed,
                placed is null ? null : a.ChildrenPlaced,
                AnnexALabels.UpTo(a.AdoptionOrderDate, asOf),
                left,
                left is null ? null : AnnexALabels.ReasonLeftAdoptionProcess(a.LeftProcessReason));
        }
    }
}
