using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Audit;
using OpenCsc.ChildInNeed;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.Visits;

namespace OpenCsc.IntegrationTests.Audit;

/// <summary>Every create, update and delete of a domain row is recorded with its values, chained, in the save's transaction.</summary>
public sealed class RecordChangesTests(PostgresServer postgres)
{
    private readonly TestDatabases _databases = new(postgres);

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task CreateUpdateDelete_EachRecordedWithValuesWhoAndWhere(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        CancellationToken ct = TestContext.Current.CancellationToken;
        long childId;
        long visitId;
        await using (AppDbContext db = AuditTestData.Open(settings))
        {
            db.AuditContext = new AuditContext("u-17", "Sam Worker", "10.0.0.7");
            Child child = AuditTestData.Child("C100", "Amara");
            db.Children.Add(child);
            await db.SaveChangesAsync(ct);
            childId = child.Id;

            child.FirstName = "Amy";
            await db.SaveChangesAsync(ct);

            var visit = new Visit { ChildId = childId, Kind = VisitKind.ChildInNeed, VisitDate = new DateOnly(2026, 6, 12), ChildSeen = true };
            db.Visits.Add(visit);
            await db.SaveChangesAsync(ct);
            visitId = visit.Id;

            db.Visits.Remove(visit);
            await db.SaveChangesAsync(ct);
        }

        List<AuditEntry> entries = await AuditTestData.EntriesAsync(settings);

        Assert.Equal([1L, 2, 3, 4], entries.Select(e => e.Sequence));
        Assert.Equal(
            [(AuditAction.Create, "Child"), (AuditAction.Update, "Child"), (AuditAction.Create, "Visit"), (AuditAction.Delete, "Visit")],
            entries.Select(e => (e.Action, e.EntityType!)));
        Assert.All(entries, e =>
        {
            Assert.Equal(("u-17", "Sam Worker", "10.0.0.7"), (e.UserId, e.UserName, e.Address));
            Assert.Equal(new DateTime(2026, 6, 15, 12, 0, 0), e.At);
            Assert.Equal(childId, e.ChildId);
        });
        string childKey = childId.ToString(CultureInfo.InvariantCulture);
        string visitKey = visitId.ToString(CultureInfo.InvariantCulture);
        Assert.Equal([childKey, childKey, visitKey, visitKey], entries.Select(e => e.EntityId!));

        using JsonDocument created = JsonDocument.Parse(entries[0].Details!);
        Assert.Equal("Amara", created.RootElement.GetProperty("FirstName").GetProperty("new").GetString());
        Assert.Equal(childId, created.RootElement.GetProperty("Id").GetProperty("new").GetInt64());
        Assert.False(created.RootElement.GetProperty("FirstName").TryGetProperty("old", out _));
        Assert.False(created.RootElement.TryGetProperty("CreatedBy", out _));

        // Only what changed, old and new; the stamps are the entry's own who and when.
        Assert.Equal("""{"FirstName":{"old":"Amara","new":"Amy"}}""", entries[1].Details);

        using JsonDocument deleted = JsonDocument.Parse(entries[3].Details!);
        Assert.Equal("2026-06-12", deleted.RootElement.GetProperty("VisitDate").GetProperty("old").GetString());
        Assert.Equal("ChildInNeed", deleted.RootElement.GetProperty("Kind").GetProperty("old").GetString());
        Assert.False(deleted.RootElement.GetProperty("VisitDate").TryGetProperty("new", out _));

        Assert.Equal(AuditHash.Genesis, entries[0].PreviousHash);
        for (int i = 1; i < entries.Count; i++)
        {
            Assert.Equal(entries[i - 1].Hash, entries[i].PreviousHash);
        }

        Assert.All(entries, e => Assert.Equal(AuditHash.Compute(e, AuditKey.Development), e.Hash));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task ChangeRolledBack_LeavesNoAuditEntry(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        CancellationToken ct = TestContext.Current.CancellationToken;
        await using (AppDbContext db = AuditTestData.Open(settings))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.Children.Add(AuditTestData.Child("C200", "Bea"));
            await db.SaveChangesAsync(ct);
            await transaction.RollbackAsync(ct);
        }

        Assert.Empty(await AuditTestData.EntriesAsync(settings));
        await using AppDbContext check = AuditTestData.Open(settings);
        Assert.Equal(0, await check.Children.CountAsync(ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task AuditEntryFailsToWrite_TheChangeIsNotSaved(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        CancellationToken ct = TestContext.Current.CancellationToken;
        // Make every audit insert fail, as a full disk or a lost connection would, after the child's insert succeeded.
        await AuditTestData.ExecuteAsync(settings, engine == Engine.Postgres
            ? """
              CREATE FUNCTION refuse_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no audit today'; END; $$;
              CREATE TRIGGER refuse_insert BEFORE INSERT ON audit_entries FOR EACH ROW EXECUTE FUNCTION refuse_insert();
              """
            : "CREATE TRIGGER refuse_insert BEFORE INSERT ON audit_entries BEGIN SELECT RAISE(ABORT, 'no audit today'); END;");

        Child child = AuditTestData.Child("C300", "Cal");
        await using (AppDbContext db = AuditTestData.Open(settings))
        {
            db.Children.Add(child);
            Exception e = await Assert.ThrowsAnyAsync<Exception>(() => db.SaveChangesAsync(ct));
            Assert.Contains("no audit today", e.Message, StringComparison.Ordinal);
            // Not accepted: the context still holds the child as unsaved.
            Assert.Equal(EntityState.Added, db.Entry(child).State);
        }

        await using AppDbContext check = AuditTestData.Open(settings);
        Assert.Equal(0, await check.Children.CountAsync(ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task InBulk_OneSummaryEntryPerActionWithRowsPerType(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        CancellationToken ct = TestContext.Current.CancellationToken;
        await using (AppDbContext db = AuditTestData.Open(settings))
        using (db.RecordChangesInBulk("import cin.xml"))
        {
            db.Children.AddRange(AuditTestData.Child("C1", "A"), AuditTestData.Child("C2", "B"), AuditTestData.Child("C3", "C"));
            await db.SaveChangesAsync(ct);
        }

        AuditEntry entry = Assert.Single(await AuditTestData.EntriesAsync(settings));
        Assert.Equal(AuditAction.Create, entry.Action);
        Assert.Null(entry.EntityType);
        Assert.Null(entry.ChildId);
        Assert.Equal("""{"operation":"import cin.xml","rows":{"Child":3}}""", entry.Details);
        Assert.Equal(("system", "system", "cli"), (entry.UserId, entry.UserName, entry.Address));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task SynchronousSaveChanges_IsRecordedToo(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        await using (AppDbContext db = AuditTestData.Open(settings))
        {
            db.Children.Add(AuditTestData.Child("C400", "Dee"));
            db.SaveChanges();
        }

        AuditEntry entry = Assert.Single(await AuditTestData.EntriesAsync(settings));
        Assert.Equal((AuditAction.Create, "Child"), (entry.Action, entry.EntityType));
    }

    /// <summary>Writers in parallel never chain two entries to the same previous one: the chain stays 1..N and intact.</summary>
    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task ConcurrentWriters_ChainStaysUnbroken(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        CancellationToken ct = TestContext.Current.CancellationToken;
        const int Writers = 4;
        const int SavesEach = 10;

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            await using AppDbContext db = AuditTestData.Open(settings);
            for (int i = 0; i < SavesEach; i++)
            {
                db.Children.Add(AuditTestData.Child(string.Create(CultureInfo.InvariantCulture, $"W{w}-{i}"), "Eve"));
                await db.SaveChangesAsync(ct);
                await AuditTrail.RecordAsync(db, AuditEvent.Searched("eve", 1), ct);
            }
        }, ct)));

        List<AuditEntry> entries = await AuditTestData.EntriesAsync(settings);
        Assert.Equal(Enumerable.Range(1, Writers * SavesEach * 2).Select(i => (long)i), entries.Select(e => e.Sequence));
        await using AppDbContext check = AuditTestData.Open(settings);
        AuditVerification verification = await VerifyAuditTrail.RunAsync(check, ct);
        Assert.True(verification.Intact, verification.Problem);
        Assert.Equal(Writers * SavesEach * 2, verification.Entries);
    }

    /// <summary>An assessment's factor has no child of its own: its entries name the assessment's child.</summary>
    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task RowWithoutAChild_NamesItsParentRecordsChild(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        CancellationToken ct = TestContext.Current.CancellationToken;
        long childId;
        long assessmentId;
        await using (AppDbContext db = AuditTestData.Open(settings))
        {
            Child child = AuditTestData.Child("C500", "Gus");
            var episode = new CinEpisode { Child = child, ReferralDate = new DateOnly(2026, 5, 1), ReferralSource = "1A" };
            var assessment = new Assessment { CinEpisode = episode, Child = child, StartDate = new DateOnly(2026, 5, 2) };
            db.AddRange(child, episode, assessment, new AssessmentFactor { Assessment = assessment, Code = "2A" });
            await db.SaveChangesAsync(ct);
            (childId, assessmentId) = (child.Id, assessment.Id);
        }

        // A fresh context: the assessment is not tracked, so its child is read in the save's transaction.
        await using (AppDbContext db = AuditTestData.Open(settings))
        {
            db.AssessmentFactors.Add(new AssessmentFactor { AssessmentId = assessmentId, Code = "3B" });
            await db.SaveChangesAsync(ct);
            AssessmentFactor first = await db.AssessmentFactors.SingleAsync(f => f.Code == "2A", ct);
            db.AssessmentFactors.Remove(first);
            await db.SaveChangesAsync(ct);
        }

        List<AuditEntry> factors = (await AuditTestData.EntriesAsync(settings)).Where(e => e.EntityType == "AssessmentFactor").ToList();
        Assert.Equal([AuditAction.Create, AuditAction.Create, AuditAction.Delete], factors.Select(e => e.Action));
        Assert.All(factors, e => Assert.Equal(childId, e.ChildId));
    }

    /// <summary>Rows that are not domain entities (the calendar table) are counted, not copied.</summary>
    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task RowsThatAreNotDomainEntities_OneSummaryEntry(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        await using (AppDbContext db = AuditTestData.Open(settings))
        {
            db.CalendarDays.AddRange(
                new OpenCsc.Calendar.CalendarDay { Day = new DateOnly(2026, 6, 12), WorkingDayIndex = 1 },
                new OpenCsc.Calendar.CalendarDay { Day = new DateOnly(2026, 6, 13), WorkingDayIndex = 1 });
            db.Children.Add(AuditTestData.Child("C600", "Hal"));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        List<AuditEntry> entries = await AuditTestData.EntriesAsync(settings);
        Assert.Equal(
            [(AuditAction.Create, "Child"), (AuditAction.Create, null)],
            entries.Select(e => (e.Action, e.EntityType)));
        Assert.Equal("""{"operation":"save","rows":{"CalendarDay":2}}""", entries[1].Details);
    }
}
