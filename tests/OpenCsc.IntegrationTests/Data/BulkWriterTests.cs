using Microsoft.EntityFrameworkCore;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.FrontDoor;
using OpenCsc.IntegrationTests.Infrastructure;

namespace OpenCsc.IntegrationTests.Data;

public sealed class BulkWriterTests(PostgresServer postgres)
{
    private readonly TestDatabases _databases = new(postgres);

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Rows_WrittenInBulk_ReadBackThroughEfCoreUnchanged(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        CancellationToken ct = TestContext.Current.CancellationToken;
        var child = new Child
        {
            Id = 7,
            LaChildId = "C0007",
            FirstName = "Amara",
            LastName = "O'Neil",
            DateOfBirth = new DateOnly(2012, 2, 29),
            Sex = "F",
            Ethnicity = "BAFR",
            IsUasc = false,
        };
        var contact = new Contact
        {
            Id = 3,
            ChildId = 7,
            ReceivedAt = new DateTime(2025, 12, 24, 16, 45, 10),
            Source = "1A",
            BragFirst = Brag.Red,
            BragFinal = Brag.Amber,
            Outcome = ContactOutcome.EarlyHelp,
            DecisionAt = new DateTime(2025, 12, 29, 9, 0, 0),
        };

        await using (BulkWriter writer = await BulkWriter.OpenAsync(settings, ct))
        {
            await writer.WriteAsync([child], "system:test", ct);
            await writer.WriteAsync([contact], "system:test", ct);
            await writer.CompleteAsync(ct);
        }

        await using AppDbContext db = AppDatabase.CreateContext(settings);
        Contact stored = await db.Contacts.Include(c => c.Child).SingleAsync(ct);
        Assert.Equal("O'Neil", stored.Child!.LastName);
        Assert.Equal(new DateOnly(2012, 2, 29), stored.Child.DateOfBirth);
        Assert.Equal(new DateTime(2025, 12, 24, 16, 45, 10), stored.ReceivedAt);
        Assert.Equal(Brag.Red, stored.BragFirst);
        Assert.Equal(ContactOutcome.EarlyHelp, stored.Outcome);
        Assert.Null(stored.CinEpisodeId);
        Assert.Equal("system:test", stored.CreatedBy);

        // New rows added through EF after a bulk load get keys past the loaded ones.
        db.Children.Add(new Child { LaChildId = "C0008", FirstName = "B", LastName = "C", Sex = "M", Ethnicity = "WBRI" });
        await db.SaveChangesAsync(ct);
        Assert.Equal(8, await db.Children.MaxAsync(c => c.Id, ct));
        Assert.Equal(1, await db.Children.CountAsync(c => c.Ethnicity == "WBRI" && c.CreatedBy == "system", ct));
    }
}
