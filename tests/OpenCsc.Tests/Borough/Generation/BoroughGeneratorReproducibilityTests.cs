using OpenCsc.Borough.Generation;
using OpenCsc.Children;
using Xunit;

namespace OpenCsc.Tests.Borough.Generation;

public class BoroughGeneratorReproducibilityTests
{
    private static readonly DemoBoroughOptions Small = new() { Children = 3_000, Years = 3, Seed = 11, AsOf = new DateOnly(2025, 12, 31) };

    [Fact]
    public void Generate_SameSeed_GivesIdenticalRows()
    {
        List<string> first = GeneratedBorough.Snapshot(GeneratedBorough.Generate(Small).Rows);
        List<string> second = GeneratedBorough.Snapshot(GeneratedBorough.Generate(Small).Rows);

        Assert.True(first.Count > 1_000);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Generate_DifferentSeed_GivesDifferentRows()
    {
        List<string> first = GeneratedBorough.Snapshot(GeneratedBorough.Generate(Small).Rows);
        List<string> other = GeneratedBorough.Snapshot(GeneratedBorough.Generate(Small with { Seed = 12 }).Rows);

        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Generate_PersonByPerson_GivesTheSameRowsAsAllAtOnce()
    {
        // What the database seed does: reference rows, then one person at a time into a sink flushed now and then.
        var generator = new BoroughGenerator(Small);
        var batched = new InMemoryRowSink();
        generator.Reference.AddTo(batched);
        for (long i = 0; i < generator.PersonCount; i++)
        {
            generator.GeneratePerson(i, batched);
        }

        List<string> whole = GeneratedBorough.Snapshot(GeneratedBorough.Generate(Small).Rows);

        Assert.Equal(whole, GeneratedBorough.Snapshot(batched));
    }

    [Fact]
    public void GeneratePerson_OutOfOrder_Throws()
    {
        var generator = new BoroughGenerator(Small);

        Assert.Throws<InvalidOperationException>(() => generator.GeneratePerson(5, new InMemoryRowSink()));
    }

    [Fact]
    public void Generate_AsOfFromTheClock_WhenNotGiven()
    {
        var clock = new FixedClock(new DateTimeOffset(2024, 6, 30, 12, 0, 0, TimeSpan.Zero));

        var generator = new BoroughGenerator(Small with { AsOf = null }, clock);

        Assert.Equal(new DateOnly(2024, 6, 30), generator.AsOf);
        Assert.Equal(new DateOnly(2021, 7, 1), generator.WindowStart);
    }

    [Fact]
    public void Generate_ChildrenCreated_MatchesChildRows()
    {
        (BoroughGenerator generator, InMemoryRowSink rows) = GeneratedBorough.Generate(Small);

        Assert.Equal(generator.ChildrenCreated, rows.Rows<Child>().Count);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
