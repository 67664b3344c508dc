using OpenCsc.Data;

namespace OpenCsc.Returns.AnnexA;

/// <summary>
/// Ofsted's Annex A (ILACS) workbook as at a date: sheets "List 1" to "List 11" with Ofsted's headings and category
/// labels (Annex_A_schema.yml), one row per child or event as each list's class documents. Each list reads the
/// database with a handful of set-based queries over its window; nothing is queried per child.
/// </summary>
public static class AnnexAExport
{
    /// <summary>The lists in workbook order.</summary>
    public static IReadOnlyList<AnnexAList> Lists { get; } =
    [
        new List1Contacts(),
        new List2EarlyHelp(),
        new List3Referrals(),
        new List4Assessments(),
        new List5Section47Enquiries(),
        new List6ChildrenInNeed(),
        new List7ChildProtection(),
        new List8ChildrenInCare(),
        new List9CareLeavers(),
        new List10Adoption(),
        new List11Adopters(),
    ];

    /// <summary>Writes the workbook as at <paramref name="asOf"/> (usually the day before the inspection) to <paramref name="output"/>.</summary>
    public static Task WriteAsync(AppDbContext db, DateOnly asOf, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return AnnexAWriter.WriteAsync(
            output,
            Lists.Select(list => new AnnexASheet(list.SheetName, list.Headings, list.RowsAsync(db, asOf, cancellationToken))),
            cancellationToken);
    }
}
