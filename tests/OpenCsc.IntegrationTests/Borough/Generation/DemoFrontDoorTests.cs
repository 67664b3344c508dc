using Microsoft.EntityFrameworkCore;
using OpenCsc.Borough.Generation;
using OpenCsc.Data;
using OpenCsc.Workforce;
using Xunit;

namespace OpenCsc.IntegrationTests.Borough.Generation;

/// <summary>
/// The demo borough as at Friday 20 November 2026 has six contacts waiting for a threshold decision, received on the
/// 19th, 18th and 17th (two a day, from 09:00, fifty minutes apart), each about a child the service had closed, whose
/// case is back with the MASH team from the day of the contact.
/// </summary>
public sealed class DemoFrontDoorTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"opencsc-frontdoor-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task TheDemoFrontDoor_HasSixContactsAwaitingADecision_HeldByTheMashTeam()
    {
        DatabaseSettings settings = DatabaseSettings.ForSqliteFile(_file);
        var options = new DemoBoroughOptions { Children = 5_000, Years = 3, Seed = 1, AsOf = new DateOnly(2026, 11, 20) };
        await DemoBorough.SeedAsync(settings, options, null, force: false, TestContext.Current.CancellationToken);

        await using AppDbContext db = AppDatabase.CreateContext(settings);
        var awaiting = await db.Contacts.Where(c => c.Outcome == null).OrderBy(c => c.ChildId)
            .Select(c => new { c.ChildId, c.ReceivedAt, c.Concern }).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(
            [
                new DateTime(2026, 11, 19, 9, 0, 0), new DateTime(2026, 11, 18, 9, 50, 0), new DateTime(2026, 11, 17, 10, 40, 0),
                new DateTime(2026, 11, 19, 11, 30, 0), new DateTime(2026, 11, 18, 12, 20, 0), new DateTime(2026, 11, 17, 13, 10, 0),
            ],
            awaiting.Select(a => a.ReceivedAt));
        Assert.All(awaiting, a => Assert.False(string.IsNullOrEmpty(a.Concern)));

        long mash = await db.Teams.Where(t => t.Kind == TeamKind.Mash).Select(t => t.Id).SingleAsync(TestContext.Current.CancellationToken);
        foreach (var contact in awaiting)
        {
            Allocation held = await db.Allocations.SingleAsync(a => a.ChildId == contact.ChildId && a.EndDate == null, TestContext.Current.CancellationToken);
            Assert.Equal((mash, (long?)null, DateOnly.FromDateTime(contact.ReceivedAt)), (held.TeamId, held.WorkerId, held.StartDate));
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
