namespace OpenCsc.IntegrationTests.Web;

/// <summary>A clock stopped at one instant, in UTC, so "today" in the pages is the date the test says.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
