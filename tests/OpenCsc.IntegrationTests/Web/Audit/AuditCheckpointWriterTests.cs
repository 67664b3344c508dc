using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OpenCsc.Audit;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Audit;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.Web.Background;

namespace OpenCsc.IntegrationTests.Web.Audit;

/// <summary>The web host anchors the trail on a schedule: a checkpoint at start, then one every Audit:CheckpointInterval.</summary>
public sealed class AuditCheckpointWriterTests(PostgresServer postgres)
{
    private readonly TestDatabases _databases = new(postgres);

    [Fact]
    public async Task TheHost_WritesACheckpointAtStart_ThatVerifies()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        app.StartWithoutDemo(signInAs: null);
        AuditCheckpointWriter writer = app.Services.GetRequiredService<AuditCheckpointWriter>();

        await WaitForAsync(() => writer.Written >= 1);
        await using AppDbContext db = app.OpenContext();
        AuditVerification result = await VerifyAuditTrail.RunAsync(db, AuditCheckpoints.Read(app.CheckpointFile, db.AuditKey), TestContext.Current.CancellationToken);

        Assert.Equal(AuditCheckpointWriter.DefaultInterval, writer.Interval);
        Assert.Equal(app.CheckpointFile, writer.CheckpointFile);
        Assert.True(result.Intact, string.Join("; ", result.Problems));
        Assert.True(result.Checkpoints >= 1);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Schedule_OneCheckpointPerInterval_OnTheInjectedClock(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        await using (AppDbContext db = AuditTestData.Open(settings))
        {
            await AuditTrail.RecordAsync(db, AuditEvent.ViewedChild(7), TestContext.Current.CancellationToken);
        }

        string file = Path.Combine(Directory.CreateTempSubdirectory("opencsc-writer-").FullName, "trail.audit-checkpoints");
        var clock = new SteppedTimeProvider(WebTestApp.Now);
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [AuditFiles.CheckpointFileSetting] = file,
            [AuditFiles.CheckpointIntervalSetting] = "00:15:00",
        }).Build();
        using var writer = new AuditCheckpointWriter(settings, clock, configuration, NullLogger<AuditCheckpointWriter>.Instance);

        await writer.StartAsync(TestContext.Current.CancellationToken);
        await WaitForAsync(() => writer.Written == 1 && clock.Waiting);
        clock.Advance(TimeSpan.FromMinutes(14));
        int afterFourteenMinutes = writer.Written;
        clock.Advance(TimeSpan.FromMinutes(1));
        await WaitForAsync(() => writer.Written == 2);
        await writer.StopAsync(TestContext.Current.CancellationToken);

        Assert.Equal(TimeSpan.FromMinutes(15), writer.Interval);
        Assert.Equal(1, afterFourteenMinutes);
        CheckpointFile read = AuditCheckpoints.Read(file, AuditKey.Development);
        Assert.Empty(read.Problems);
        Assert.Equal(
            [(1, new DateTime(2026, 6, 15, 12, 0, 0), 1L), (2, new DateTime(2026, 6, 15, 12, 15, 0), 1L)],
            read.Checkpoints.Select(c => (c.Line, c.At, c.Sequence)));
    }

    /// <summary>Waits for background work to get somewhere (never for a time to pass: the clock is the test's).</summary>
    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (int i = 0; i < 300 && !condition(); i++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.True(condition(), "The background work did not get there in 15 seconds.");
    }

    /// <summary>A clock that moves only when told, firing the timers (Task.Delay's) that fall due.</summary>
    private sealed class SteppedTimeProvider(DateTimeOffset start) : TimeProvider
    {
        private readonly Lock _lock = new();
        private readonly List<SteppedTimer> _timers = [];
        private DateTimeOffset _now = start;

        public bool Waiting
        {
            get
            {
                lock (_lock)
                {
                    return _timers.Count > 0;
                }
            }
        }

        public override DateTimeOffset GetUtcNow()
        {
            lock (_lock)
            {
                return _now;
            }
        }

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

        public void Advance(TimeSpan by)
        {
            List<SteppedTimer> due;
            lock (_lock)
            {
                _now += by;
                due = _timers.Where(t => t.Due <= _now).ToList();
                _timers.RemoveAll(due.Contains);
            }

            foreach (SteppedTimer timer in due)
            {
                timer.Fire();
            }
        }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = new SteppedTimer(this, callback, state);
            timer.Change(dueTime, period);
            return timer;
        }

        private sealed class SteppedTimer(SteppedTimeProvider clock, TimerCallback callback, object? state) : ITimer
        {
            public DateTimeOffset Due { get; private set; }

            public void Fire() => callback(state);

            public bool Change(TimeSpan dueTime, TimeSpan period)
            {
                lock (clock._lock)
                {
                    clock._timers.Remove(this);
                    if (dueTime != Timeout.InfiniteTimeSpan)
                    {
                        Due = clock._now + dueTime;
                        clock._timers.Add(this);
                    }
                }

                return true;
            }

            public void Dispose()
            {
                lock (clock._lock)
                {
                    clock._timers.Remove(this);
                }
            }

            public ValueTask DisposeAsync()
            {
                Dispose();
                return ValueTask.CompletedTask;
            }
        }
    }
}
