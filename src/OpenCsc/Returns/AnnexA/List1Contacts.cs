using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;

namespace OpenCsc.Returns.AnnexA;

/// <summary>
/// List 1, contacts: every contact received in the 6 months before the as-of date (as-of date included), one row per
/// contact, oldest first.
/// </summary>
public sealed class List1Contacts : AnnexAList<List1Contacts.Row>
{
    public const int WindowMonths = 6;

    private static readonly AnnexAColumn<Row>[] AllColumns =
    [
        .. CommonColumns.Child<Row>(),
        new("Date of Contact", r => r.DateOfContact),
        new("Contact Source", r => r.ContactSource),
    ];

    public sealed record Row(AnnexAChild Child, DateOnly DateOfContact, string ContactSource) : IAnnexAChildRow;

    public override string SheetName => "List 1";

    protected override IReadOnlyList<AnnexAColumn<Row>> Columns => AllColumns;

    protected override async IAsyncEnumerable<Row> LoadAsync(
        AppDbContext db, DateOnly asOf, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var window = new AnnexAWindow(asOf, WindowMonths);
        DateTime from = window.StartTime;
        DateTime to = window.EndTimeExclusive;
        var contacts = db.Contacts.AsNoTracking()
            .Where(c => c.ReceivedAt >= from && c.ReceivedAt < to)
            .OrderBy(c => c.ReceivedAt).ThenBy(c => c.Id)
            .Select(c => new
            {
                c.ReceivedAt,
                c.Source,
                Child = new ChildFacts(c.Child!.Id, c.Child.LaChildId, c.Child.Sex, c.Child.Ethnicity, c.Child.DateOfBirth),
            });
        await foreach (var contact in contacts.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return new Row(
                AnnexAChildren.Describe(contact.Child, asOf),
                DateOnly.FromDateTime(contact.ReceivedAt),
                AnnexALabels.Source(contact.Source));
        }
    }
}
