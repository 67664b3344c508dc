using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Audit;
using OpenCsc.Borough.Generation;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.Returns;
using OpenCsc.Returns.CinCensus;
using OpenCsc.Returns.Ssda903;

namespace OpenCsc.IntegrationTests.Returns.Imports;

/// <summary>
/// Decision 0029: an import adds, fills and corrects, and never clears. A return exported from a database and imported
/// back changes no row; a blank in the file keeps the recorded value, table by table; a genuine change is made as any
/// edit is (stamps, row version, an audit entry with old and new values naming the person). The tests on a seeded
/// borough take several seconds each and are Slow; the sample-based change test stays in the fast run.
/// </summary>
public sealed class ImportMergeTests(PostgresServer postgres)
{
    /// <summary>After the 2025/26 reference date: the demo has closures, plan ends and authorisations the census leaves out.</summary>
    private static readonly DateOnly AsOf = new(2026, 6, 30);

    private static readonly CollectionYear Year = new(2025);

    private static readonly ConcurrentDictionary<Engine, Task<DatabaseSettings>> Boroughs = new();

    private readonly TestDatabases _databases = new(postgres);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [Trait("Category", TestCategories.Slow)]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task CinCensus_ExportedAndImportedIntoTheSameDatabase_ChangesNoRow_ClosedStaysClosed(Engine engine)
    {
        DatabaseSettings settings = await BoroughAsync(engine);
        string file = await ExportCinAsync(settings, Year);
        // The 674-row case: the file shows open what the database has since closed, ended or authorised.
        string xml = await File.ReadAllTextAsync(file, Ct);
        await using (AppDbContext db = AppDatabase.CreateContext(settings))
        {
            DateOnly end = Year.End;
            Assert.True(await db.CinEpisodes.CountAsync(e => e.ReferralDate <= end && e.ClosureDate > end, Ct) > 10);
            Assert.True(await db.CinPlans.CountAsync(p => p.StartDate <= end && p.EndDate > end && p.CinEpisode!.ReferralDate <= end, Ct) > 5);
            Assert.True(await db.ChildProtectionPlans.CountAsync(p => p.StartDate <= end && p.EndDate > end, Ct) > 2);
            Assert.True(await db.Assessments.CountAsync(a => a.StartDate <= end && a.AuthorisationDate > end, Ct) > 2);
        }

        Assert.Contains("<CINdetails>", xml, StringComparison.Ordinal);
        DatabaseSnapshot before = await DatabaseSnapshot.TakeAsync(settings);
        int audit = await AuditCountAsync(settings);

        ImportResult result = await ImportCinAsync(settings, file);

        DatabaseSnapshot.Difference difference = (await DatabaseSnapshot.TakeAsync(settings)).Since(before);
        Assert.True(difference.Total == 0, difference.ToString());
        Assert.Equal(audit, await AuditCountAsync(settings));
        Assert.True(result.Summary.ChangesNothing);
        Assert.Equal(0, result.Summary.RecordsChanged);
        Assert.True(result.Summary.RecordsUntouched > result.Children);
    }

    [Theory]
    [Trait("Category", TestCategories.Slow)]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Ssda903_ExportedAndImportedIntoTheSameDatabase_ChangesNoRow_EndedStaysEnded(Engine engine)
    {
        DatabaseSettings settings = await BoroughAsync(engine);
        string folder = await ExportSsda903Async(settings, Year);
        await using (AppDbContext db = AppDatabase.CreateContext(settings))
        {
            DateOnly end = Year.End;
            Assert.True(await db.CareEpisodes.CountAsync(e => e.StartDate <= end && e.EndDate > end, Ct) > 0);
        }

        DatabaseSnapshot before = await DatabaseSnapshot.TakeAsync(settings);
        int audit = await AuditCountAsync(settings);

        ImportResult result = await ImportSsda903Async(settings, folder, Year);

        DatabaseSnapshot.Difference difference = (await DatabaseSnapshot.TakeAsync(settings)).Since(before);
        Assert.True(difference.Total == 0, difference.ToString());
        Assert.Equal(audit, await AuditCountAsync(settings));
        Assert.True(result.Summary.ChangesNothing);
        Assert.True(result.Children > 20);
    }

    /// <summary>Each case blanks one field (or element) everywhere in the exported file: the import clears nothing.</summary>
    [Theory]
    [Trait("Category", TestCategories.Slow)]
    [InlineData(Engine.Sqlite, "cin_episodes", "CINclosureDate|ReasonForClosure")]
    [InlineData(Engine.Sqlite, "cin_episodes", "PrimaryNeedCode")]
    [InlineData(Engine.Sqlite, "assessments", "AssessmentAuthorisationDate|AssessmentInternalReviewDate")]
    [InlineData(Engine.Sqlite, "assessment_factors", "FactorsIdentifiedAtAssessment")]
    [InlineData(Engine.Sqlite, "cin_plans", "CINPlanEndDate")]
    [InlineData(Engine.Sqlite, "section47_enquiries", "DateOfInitialCPC|InitialCPCtarget")]
    [InlineData(Engine.Sqlite, "child_protection_plans", "CPPendDate")]
    [InlineData(Engine.Sqlite, "cp_review_conferences", "Reviews")]
    [InlineData(Engine.Sqlite, "children", "UPN|FormerUPN|PersonDeathDate")]
    [InlineData(Engine.Sqlite, "child_disabilities", "Disabilities")]
    [InlineData(Engine.Postgres, "cin_episodes", "CINclosureDate|ReasonForClosure")]
    [InlineData(Engine.Postgres, "assessments", "AssessmentAuthorisationDate|AssessmentInternalReviewDate")]
    [InlineData(Engine.Postgres, "cin_plans", "CINPlanEndDate")]
    [InlineData(Engine.Postgres, "child_protection_plans", "CPPendDate")]
    public async Task CinCensus_AFieldLeftOutOfTheFile_IsNeverCleared(Engine engine, string table, string elements)
    {
        DatabaseSettings settings = await BoroughAsync(engine);
        string file = await ExportCinAsync(settings, Year);
        string xml = await File.ReadAllTextAsync(file, Ct);
        var pattern = new Regex($@"<({elements})>.*?</\1>\s*", RegexOptions.Singleline, TimeSpan.FromSeconds(10));
        int removed = pattern.Matches(xml).Count;
        Assert.True(removed > 0, $"No {elements} in the file for {table}.");
        await File.WriteAllTextAsync(file, pattern.Replace(xml, ""), Ct);
        DatabaseSnapshot before = await DatabaseSnapshot.TakeAsync(settings);

        ImportResult result = await ImportCinAsync(settings, file);

        DatabaseSnapshot.Difference difference = (await DatabaseSnapshot.TakeAsync(settings)).Since(before);
        Assert.True(difference.Total == 0, $"{removed} {elements} left out: {difference}");
        Assert.Equal(0, result.Summary.RecordsChanged);
    }

    /// <summary>Each case blanks columns of one SSDA903 table in the exported return: the import clears nothing.</summary>
    [Theory]
    [Trait("Category", TestCategories.Slow)]
    [InlineData(Engine.Sqlite, "episodes.csv", "DEC|REC|REASON_PLACE_CHANGE")]
    [InlineData(Engine.Sqlite, "episodes.csv", "PLACE_PROVIDER|HOME_POST|PL_POST|URN")]
    [InlineData(Engine.Sqlite, "missing.csv", "MIS_END")]
    [InlineData(Engine.Sqlite, "sw_episodes.csv", "SW_DEC|SW_REASON")]
    [InlineData(Engine.Sqlite, "header.csv", "MOTHER|MC_DOB")]
    [InlineData(Engine.Sqlite, "oc2.csv", "SDQ_SCORE|SDQ_REASON|CONVICTED|HEALTH_CHECK|IMMUNISATIONS|TEETH_CHECK|HEALTH_ASSESSMENT|SUBSTANCE_MISUSE|INTERVENTION_RECEIVED|INTERVENTION_OFFERED")]
    [InlineData(Engine.Sqlite, "uasc.csv", "DUC")]
    [InlineData(Engine.Sqlite, "previous_permanence.csv", "LA_PERM|DATE_PERM")]
    [InlineData(Engine.Postgres, "episodes.csv", "DEC|REC|REASON_PLACE_CHANGE")]
    [InlineData(Engine.Postgres, "missing.csv", "MIS_END")]
    public async Task Ssda903_AColumnLeftBlankInTheReturn_IsNeverCleared(Engine engine, string table, string columns)
    {
        DatabaseSettings settings = await BoroughAsync(engine);
        string folder = await ExportSsda903Async(settings, Year);
        int blanked = BlankColumns(Path.Combine(folder, table), columns.Split('|'));
        Assert.True(blanked > 0, $"Nothing to blank in {table}.");
        DatabaseSnapshot before = await DatabaseSnapshot.TakeAsync(settings);

        ImportResult result = await ImportSsda903Async(settings, folder, Year);

        DatabaseSnapshot.Difference difference = (await DatabaseSnapshot.TakeAsync(settings)).Since(before);
        Assert.True(difference.Total == 0, $"{blanked} values of {columns} in {table} blanked: {difference}");
        Assert.Equal(0, result.Summary.RecordsChanged);
    }

    [Theory]
    [Trait("Category", TestCategories.Slow)]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task LastYearsReturns_ImportedAfterThisYears_LoseAndRevertNothing(Engine engine)
    {
        DatabaseSettings source = await BoroughAsync(engine);
        string cin2025 = await ExportCinAsync(source, Year);
        string cin2024 = await ExportCinAsync(source, Year.Previous);
        string ssda2025 = await ExportSsda903Async(source, Year);
        string ssda2024 = await ExportSsda903Async(source, Year.Previous);
        DatabaseSettings target = await _databases.CreateMigratedAsync(engine);
        await ImportSsda903Async(target, ssda2025, Year);
        await ImportCinAsync(target, cin2025);
        DatabaseSnapshot thisYear = await DatabaseSnapshot.TakeAsync(target);

        ImportResult cin = await ImportCinAsync(target, cin2024);
        ImportResult ssda903 = await ImportSsda903Async(target, ssda2024, Year.Previous);

        // Last year's returns add what only they hold (episodes closed before this year, a UASC status that has
        // ceased, motherhood of a care leaver no longer looked after) and overwrite or clear nothing recorded.
        DatabaseSnapshot after = await DatabaseSnapshot.TakeAsync(target);
        DatabaseSnapshot.Difference difference = after.Since(thisYear);
        Assert.Empty(difference.Removed);
        Assert.Empty(after.OverwrittenSince(thisYear, "is_uasc"));
        Assert.True(difference.Added.Count > 100, difference.ToString());
        Assert.True(cin.Summary.RecordsAdded > 0 && ssda903.Summary.RecordsAdded > 0);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task CinCensus_AGenuinelyChangedValue_IsUpdatedAsAnyEdit_StampsRowVersionAndAudit(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        await ImportCinAsync(settings, ReturnsTestData.CinSample);
        string original = await File.ReadAllTextAsync(ReturnsTestData.CinSample, Ct);
        Match closure = Regex.Match(original, @"<CINclosureDate>(\d{4}-\d\d-\d\d)</CINclosureDate>", RegexOptions.None, TimeSpan.FromSeconds(5));
        DateOnly oldDate = DateOnly.ParseExact(closure.Groups[1].Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        DateOnly newDate = oldDate.AddDays(-1);
        string changed = ReturnsTestData.CopyWithChange(ReturnsTestData.CinSample, closure.Value, $"<CINclosureDate>{newDate:yyyy-MM-dd}</CINclosureDate>");
        long episodeId;
        int version;
        await using (AppDbContext db = AppDatabase.CreateContext(settings))
        {
            var episode = await db.CinEpisodes.OrderBy(e => e.Id).FirstAsync(e => e.ClosureDate == oldDate, Ct);
            (episodeId, version) = (episode.Id, episode.RowVersion);
        }

        DatabaseSnapshot before = await DatabaseSnapshot.TakeAsync(settings);
        var when = new DateTimeOffset(2026, 12, 7, 10, 30, 0, TimeSpan.Zero);
        await using (AppDbContext db = AppDatabase.CreateContext(settings, new Web.FixedTimeProvider(when)))
        {
            db.AuditContext = new AuditContext("77", "ana.lyst", "10.0.0.7");
            ImportResult result = await ImportCinCensus.RunAsync(db, changed, cancellationToken: Ct);
            Assert.Equal(1, result.Summary.RecordsChanged);
            ImportFieldChange change = Assert.Single(result.Summary.SampleChanges);
            Assert.Equal(("cin_episodes", episodeId, "closure_date", $"{oldDate:yyyy-MM-dd}", $"{newDate:yyyy-MM-dd}"), (change.Table, change.RecordId, change.Field, change.Old!, change.New!));
        }

        DatabaseSnapshot.Difference difference = (await DatabaseSnapshot.TakeAsync(settings)).Since(before);
        Assert.Equal(["cin_episodes#" + episodeId], difference.Changed);
        Assert.Empty(difference.Added);
        await using (AppDbContext db = AppDatabase.CreateContext(settings))
        {
            var episode = await db.CinEpisodes.SingleAsync(e => e.Id == episodeId, Ct);
            Assert.Equal(newDate, episode.ClosureDate);
            Assert.Equal(when.UtcDateTime, DateTime.SpecifyKind(episode.UpdatedAt, DateTimeKind.Utc));
            Assert.Equal("ana.lyst", episode.UpdatedBy);
            Assert.Equal(version + 1, episode.RowVersion);
            AuditEntry entry = await db.AuditEntries.OrderByDescending(e => e.Sequence).FirstAsync(Ct);
            Assert.Equal((AuditAction.Update, "CinEpisode", episodeId.ToString(System.Globalization.CultureInfo.InvariantCulture), "ana.lyst", episode.ChildId),
                (entry.Action, entry.EntityType!, entry.EntityId!, entry.UserName, entry.ChildId!.Value));
            Assert.Equal($$$"""{"ClosureDate":{"old":"{{{oldDate:yyyy-MM-dd}}}","new":"{{{newDate:yyyy-MM-dd}}}"}}""", entry.Details);
        }
    }

    [Theory]
    [Trait("Category", TestCategories.Slow)]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Ssda903_AGenuinelyChangedValue_IsUpdatedAsAnyEdit_StampsRowVersionAndAudit(Engine engine)
    {
        DatabaseSettings settings = await BoroughAsync(engine);
        string folder = await ExportSsda903Async(settings, Year);
        string episodesCsv = Path.Combine(folder, "episodes.csv");
        var lines = (await File.ReadAllLinesAsync(episodesCsv, Ct)).ToList();
        int at = lines.FindIndex(1, l => l.Split(',')[7].Length > 0);
        string[] cells = lines[at].Split(',');
        string child = cells[0];
        DateOnly start = ParseCsvDate(cells[1]);
        DateOnly oldEnd = ParseCsvDate(cells[7]);
        DateOnly newEnd = oldEnd.AddDays(-1);
        Assert.True(newEnd >= start, "The episode would end before it started.");
        cells[7] = newEnd.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        lines[at] = string.Join(',', cells);
        await File.WriteAllLinesAsync(episodesCsv, lines, Ct);
        var when = new DateTimeOffset(2026, 12, 7, 11, 0, 0, TimeSpan.Zero);
        long episodeId;
        int version;
        await using (AppDbContext db = AppDatabase.CreateContext(settings))
        {
            var episode = await db.CareEpisodes.SingleAsync(e => e.Child!.LaChildId == child && e.StartDate == start, Ct);
            (episodeId, version) = (episode.Id, episode.RowVersion);
        }

        try
        {
            await using (AppDbContext db = AppDatabase.CreateContext(settings, new Web.FixedTimeProvider(when)))
            {
                db.AuditContext = new AuditContext("78", "ana.lyst", "10.0.0.8");
                ImportResult result = await ImportSsda903.RunAsync(db, folder, new Ssda903ReadOptions { Year = Year }, cancellationToken: Ct);
                Assert.Contains(result.Summary.SampleChanges, c => c.Table == "care_episodes" && c.RecordId == episodeId && c.Field == "end_date");
            }

            await using (AppDbContext db = AppDatabase.CreateContext(settings))
            {
                var episode = await db.CareEpisodes.SingleAsync(e => e.Id == episodeId, Ct);
                Assert.Equal((newEnd, "ana.lyst", version + 1), (episode.EndDate!.Value, episode.UpdatedBy, episode.RowVersion));
                Assert.Equal(when.UtcDateTime, DateTime.SpecifyKind(episode.UpdatedAt, DateTimeKind.Utc));
                AuditEntry entry = await db.AuditEntries.SingleAsync(e => e.Action == AuditAction.Update && e.EntityType == "CareEpisode" && e.EntityId == episodeId.ToString(System.Globalization.CultureInfo.InvariantCulture), Ct);
                Assert.Equal("ana.lyst", entry.UserName);
                string expected = "\"EndDate\":{\"old\":\"" + oldEnd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                    + "\",\"new\":\"" + newEnd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "\"}";
                Assert.Contains(expected, entry.Details, StringComparison.Ordinal);
            }
        }
        finally
        {
            // The shared borough back as it was: the export says the old end again, a correction like any other.
            lines[at] = string.Join(',', cells[..7].Append(oldEnd.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)).Concat(cells[8..]));
            await File.WriteAllLinesAsync(episodesCsv, lines, Ct);
            await ImportSsda903Async(settings, folder, Year);
        }
    }

    [Theory]
    [Trait("Category", TestCategories.Slow)]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task DryRun_SaysWhatWouldChange_FieldByField_AndChangesNothing(Engine engine)
    {
        DatabaseSettings settings = await BoroughAsync(engine);
        string file = await ExportCinAsync(settings, Year);
        string xml = await File.ReadAllTextAsync(file, Ct);
        Match closure = Regex.Match(xml, @"<CINclosureDate>(\d{4}-\d\d-\d\d)</CINclosureDate>", RegexOptions.None, TimeSpan.FromSeconds(5));
        DateOnly oldDate = DateOnly.ParseExact(closure.Groups[1].Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        DateOnly newDate = oldDate.AddDays(-1);
        await File.WriteAllTextAsync(file, string.Concat(xml.AsSpan(0, closure.Index), $"<CINclosureDate>{newDate:yyyy-MM-dd}</CINclosureDate>", xml.AsSpan(closure.Index + closure.Length)), Ct);
        DatabaseSnapshot before = await DatabaseSnapshot.TakeAsync(settings);
        int audit = await AuditCountAsync(settings);

        ImportResult result;
        await using (AppDbContext db = AppDatabase.CreateContext(settings))
        {
            result = await ImportCinCensus.RunAsync(db, file, cancellationToken: Ct, importOptions: new ImportOptions { DryRun = true });
        }

        Assert.True(result.DryRun);
        Assert.Equal((0, 0, 1, 1), (result.Summary.ChildrenNew, result.Summary.RecordsAdded, result.Summary.RecordsChanged, result.Summary.FieldsChanged));
        ImportFieldChange change = Assert.Single(result.Summary.SampleChanges);
        Assert.Equal(("cin_episodes", "closure_date", $"{oldDate:yyyy-MM-dd}", $"{newDate:yyyy-MM-dd}"), (change.Table, change.Field, change.Old!, change.New!));
        Assert.NotNull(change.ChildId);
        Assert.True(result.Summary.RecordsUntouched > result.Children);
        Assert.Equal(result.Summary.RecordsUntouched + 1, result.Summary.Tables.Sum(t => t.Untouched + t.Changed));
        Assert.True((await DatabaseSnapshot.TakeAsync(settings)).Since(before).Total == 0);
        Assert.Equal(audit, await AuditCountAsync(settings));
    }

    /// <summary>Several small boroughs: each year's returns exported and imported back change no row.</summary>
    [Theory]
    [Trait("Category", TestCategories.Slow)]
    [InlineData(Engine.Sqlite, 21)]
    [InlineData(Engine.Sqlite, 22)]
    [InlineData(Engine.Sqlite, 23)]
    [InlineData(Engine.Postgres, 24)]
    public async Task ExportThenImport_IsANoOp_ForGeneratedBoroughs(Engine engine, int seed)
    {
        DatabaseSettings settings = await _databases.CreateAsync(engine);
        await DemoBorough.SeedAsync(settings, new DemoBoroughOptions { Children = 1_500, Years = 3, Seed = seed, AsOf = AsOf.AddDays(seed * 11) }, null, force: false, Ct);
        DatabaseSnapshot before = await DatabaseSnapshot.TakeAsync(settings);

        foreach (CollectionYear year in new[] { Year, Year.Previous })
        {
            await ImportCinAsync(settings, await ExportCinAsync(settings, year));
            await ImportSsda903Async(settings, await ExportSsda903Async(settings, year), year);
        }

        DatabaseSnapshot.Difference difference = (await DatabaseSnapshot.TakeAsync(settings)).Since(before);
        Assert.True(difference.Total == 0, $"seed {seed}: {difference}");
    }

    private async Task<DatabaseSettings> BoroughAsync(Engine engine) =>
        await Boroughs.GetOrAdd(engine, async e =>
        {
            DatabaseSettings settings = await _databases.CreateAsync(e);
            await DemoBorough.SeedAsync(settings, new DemoBoroughOptions { Children = 4_000, Years = 3, Seed = 14, AsOf = AsOf }, null, force: false, CancellationToken.None);
            return settings;
        });

    private static async Task<string> ExportCinAsync(DatabaseSettings settings, CollectionYear year)
    {
        string file = Path.Combine(Directory.CreateTempSubdirectory("opencsc-merge-").FullName, "cin.xml");
        await using AppDbContext db = AppDatabase.CreateContext(settings);
        await using FileStream stream = File.Create(file);
        await ExportCinCensus.WriteAsync(db, year, stream, Ct);
        return file;
    }

    private static async Task<string> ExportSsda903Async(DatabaseSettings settings, CollectionYear year)
    {
        string folder = Path.Combine(Directory.CreateTempSubdirectory("opencsc-merge-").FullName, "ssda903");
        await using AppDbContext db = AppDatabase.CreateContext(settings);
        await ExportSsda903.WriteFolderAsync(db, year, folder, Ct);
        return folder;
    }

    private static async Task<ImportResult> ImportCinAsync(DatabaseSettings settings, string file)
    {
        await using AppDbContext db = AppDatabase.CreateContext(settings);
        return await ImportCinCensus.RunAsync(db, file, cancellationToken: Ct);
    }

    private static async Task<ImportResult> ImportSsda903Async(DatabaseSettings settings, string folder, CollectionYear year)
    {
        await using AppDbContext db = AppDatabase.CreateContext(settings);
        return await ImportSsda903.RunAsync(db, folder, new Ssda903ReadOptions { Year = year }, cancellationToken: Ct);
    }

    private static async Task<int> AuditCountAsync(DatabaseSettings settings)
    {
        await using AppDbContext db = AppDatabase.CreateContext(settings);
        return await db.AuditEntries.CountAsync(Ct);
    }

    /// <summary>Blanks the columns named in every row of a CSV table (the export quotes nothing); returns how many values were blanked.</summary>
    private static int BlankColumns(string path, string[] columns)
    {
        var lines = File.ReadAllLines(path);
        string[] header = lines[0].Split(',');
        int[] indexes = columns.Select(c => Array.IndexOf(header, c)).ToArray();
        Assert.DoesNotContain(-1, indexes);
        int blanked = 0;
        for (int i = 1; i < lines.Length; i++)
        {
            string[] cells = lines[i].Split(',');
            foreach (int index in indexes)
            {
                blanked += cells[index].Length > 0 ? 1 : 0;
                cells[index] = "";
            }

            lines[i] = string.Join(',', cells);
        }

        File.WriteAllLines(path, lines);
        return blanked;
    }

    private static DateOnly ParseCsvDate(string text) => DateOnly.ParseExact(text, "dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
