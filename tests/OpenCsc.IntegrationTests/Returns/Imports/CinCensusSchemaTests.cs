using OpenCsc.Borough.Generation;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.Returns;
using OpenCsc.Returns.CinCensus;

namespace OpenCsc.IntegrationTests.Returns.Imports;

/// <summary>The CIN census export of each collection year validates against that year's DfE schema.</summary>
public sealed class CinCensusSchemaTests(PostgresServer postgres)
{
    [Fact]
    public async Task Export_ForEachYearWithASchema_IsValidAgainstIt()
    {
        DatabaseSettings settings = await new TestDatabases(postgres).CreateAsync(Engine.Sqlite);
        await DemoBorough.SeedAsync(settings, new DemoBoroughOptions { Children = 8_000, Years = 5, Seed = 3, AsOf = new DateOnly(2026, 6, 30) }, null, false, TestContext.Current.CancellationToken);
        string folder = Directory.CreateTempSubdirectory("opencsc-cin-xsd-").FullName;
        // CIN_schema_2023.xsd to CIN_schema_2026.xsd: the collection years 2022/23 to 2025/26.
        foreach (int year in new[] { 2022, 2023, 2024, 2025 })
        {
            var collection = new CollectionYear(year);
            string file = Path.Combine(folder, $"cin-{year}.xml");
            int children;
            await using (AppDbContext db = AppDatabase.CreateContext(settings))
            await using (FileStream output = File.Create(file))
            {
                children = await ExportCinCensus.WriteAsync(db, collection, output, TestContext.Current.CancellationToken);
            }

            Assert.True(children > 100, $"{collection.Label}: only {children} children.");
            CinSchema.AssertValid(file, collection);
        }
    }

    [Fact]
    public void AFileThatBreaksTheSchema_IsCaught()
    {
        string bad = ReturnsTestData.CopyWithChange(ReturnsTestData.CinSample, "<PersonBirthDate>2011-04-27</PersonBirthDate>", "<PersonBirthDate>27/04/2011</PersonBirthDate>");

        // The sample is a 2022/23 file (ReferenceDate 2022-07-21, CIN_schema_2023.xsd).
        Assert.Contains(CinSchema.Validate(bad, new CollectionYear(2022)), e => e.Contains("PersonBirthDate", StringComparison.Ordinal));
        Assert.DoesNotContain(CinSchema.Validate(ReturnsTestData.CinSample, new CollectionYear(2022)), e => e.Contains("PersonBirthDate", StringComparison.Ordinal));
    }
}
