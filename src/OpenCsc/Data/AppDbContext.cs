using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;
using OpenCsc.Accounts;
using OpenCsc.Audit;
using OpenCsc.Borough;
using OpenCsc.Calendar;
using OpenCsc.CareLeavers;
using OpenCsc.ChildInNeed;
using OpenCsc.ChildProtection;
using OpenCsc.Children;
using OpenCsc.FrontDoor;
using OpenCsc.Indicators.Comparators;
using OpenCsc.Indicators.Targets;
using OpenCsc.LookedAfter;
using OpenCsc.Supervision;
using OpenCsc.Visits;
using OpenCsc.Workforce;

namespace OpenCsc.Data;

/// <summary>
/// The child's journey as stored. One model for SQLite and PostgreSQL; the schema is created and evolved by
/// the versioned SQL in Data/Migrations (see docs/decisions/0002-versioned-sql-migrations.md).
/// </summary>
public class AppDbContext(DbContextOptions<AppDbContext> options, TimeProvider? clock = null) : IdentityUserContext<StaffAccount, long>(options)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly AuditKey _auditKey = options.FindExtension<AuditKeyOptionsExtension>()?.Key ?? AuditKey.Development;
    private RecordBulkChanges? _bulk;

    /// <summary>
    /// Who is acting and from where: the one source for the row stamps (created_by, updated_by) and the audit trail. The
    /// web layer sets it per request from the signed-in person; the command line, seeding and imports name themselves
    /// (<see cref="AuditContext.ForSystem"/>); the default is "system".
    /// </summary>
    public AuditContext AuditContext { get; set; } = AuditContext.System;

    /// <summary>
    /// The key this context seals audit entries with: the one its <see cref="DatabaseSettings"/> carry (the web host and
    /// the command line load it from the key file), else the published <see cref="AuditKey.Development"/> key.
    /// </summary>
    public AuditKey AuditKey => _auditKey;

    /// <summary>The clock this context was given (the host's injected one): its stamps and a process's recording context read it.</summary>
    public TimeProvider Clock => _clock;

    /// <summary>The name the row stamps carry: the acting person's user name, or the system process's name.</summary>
    public string Actor => AuditContext.UserName;

    public DbSet<Authority> Authorities => Set<Authority>();
    public DbSet<PopulationEstimate> PopulationEstimates => Set<PopulationEstimate>();
    public DbSet<Service> Services => Set<Service>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<Worker> Workers => Set<Worker>();
    public DbSet<Allocation> Allocations => Set<Allocation>();
    public DbSet<Child> Children => Set<Child>();
    public DbSet<ChildDisability> ChildDisabilities => Set<ChildDisability>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<EarlyHelpEpisode> EarlyHelpEpisodes => Set<EarlyHelpEpisode>();
    public DbSet<CinEpisode> CinEpisodes => Set<CinEpisode>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<AssessmentFactor> AssessmentFactors => Set<AssessmentFactor>();
    public DbSet<CinPlan> CinPlans => Set<CinPlan>();
    public DbSet<StrategyDiscussion> StrategyDiscussions => Set<StrategyDiscussion>();
    public DbSet<Section47Enquiry> Section47Enquiries => Set<Section47Enquiry>();
    public DbSet<ChildProtectionPlan> ChildProtectionPlans => Set<ChildProtectionPlan>();
    public DbSet<CpReviewConference> CpReviewConferences => Set<CpReviewConference>();
    public DbSet<CoreGroupMeeting> CoreGroupMeetings => Set<CoreGroupMeeting>();
    public DbSet<PeriodOfCare> PeriodsOfCare => Set<PeriodOfCare>();
    public DbSet<CareEpisode> CareEpisodes => Set<CareEpisode>();
    public DbSet<LacReview> LacReviews => Set<LacReview>();
    public DbSet<IroAllocation> IroAllocations => Set<IroAllocation>();
    public DbSet<HealthAssessment> HealthAssessments => Set<HealthAssessment>();
    public DbSet<AnnualHealthOutcomes> AnnualHealthOutcomes => Set<AnnualHealthOutcomes>();
    public DbSet<MissingEpisode> MissingEpisodes => Set<MissingEpisode>();
    public DbSet<LegalOrder> LegalOrders => Set<LegalOrder>();
    public DbSet<AdoptionDecision> AdoptionDecisions => Set<AdoptionDecision>();
    public DbSet<Adoption> Adoptions => Set<Adoption>();
    public DbSet<ProspectiveAdopter> ProspectiveAdopters => Set<ProspectiveAdopter>();
    public DbSet<PreviousPermanence> PreviousPermanences => Set<PreviousPermanence>();
    public DbSet<SocialWorkerEpisode> SocialWorkerEpisodes => Set<SocialWorkerEpisode>();
    public DbSet<CareLeaver> CareLeavers => Set<CareLeaver>();
    public DbSet<CareLeaverStatus> CareLeaverStatuses => Set<CareLeaverStatus>();
    public DbSet<Visit> Visits => Set<Visit>();
    public DbSet<SupervisionSession> SupervisionSessions => Set<SupervisionSession>();
    public DbSet<CaseDecision> CaseDecisions => Set<CaseDecision>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();
    public DbSet<TimescaleChange> TimescaleChanges => Set<TimescaleChange>();
    public DbSet<Comparator> Comparators => Set<Comparator>();

    public DbSet<IndicatorTarget> IndicatorTargets => Set<IndicatorTarget>();

    public DbSet<StaffAccount> StaffAccounts => Set<StaffAccount>();

    public DbSet<ChildAccessGrant> ChildAccessGrants => Set<ChildAccessGrant>();

    public DbSet<BreakGlassAccess> BreakGlassAccesses => Set<BreakGlassAccess>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<OpenCsc.Recording.FormSubmission> FormSubmissions => Set<OpenCsc.Recording.FormSubmission>();

    public DbSet<OpenCsc.DataQuality.ValidationRun> ValidationRuns => Set<OpenCsc.DataQuality.ValidationRun>();

    public DbSet<OpenCsc.DataQuality.DataQualityFailure> DataQualityFailures => Set<OpenCsc.DataQuality.DataQualityFailure>();

    public DbSet<OpenCsc.DataQuality.ExplainedQuery> ExplainedQueries => Set<OpenCsc.DataQuality.ExplainedQuery>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Codes are stored as their names so the data reads the same in any SQL client and survives reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.AddInterceptors(AuditCommitInterceptor.Instance);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        StoreNaming.Apply(modelBuilder, Database.IsNpgsql());
        EditConflicts.Apply(modelBuilder);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveAndAuditAsync(acceptAllChangesOnSuccess, async: false, CancellationToken.None).GetAwaiter().GetResult();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        SaveAndAuditAsync(acceptAllChangesOnSuccess, async: true, cancellationToken);

    /// <summary>
    /// Until the scope is disposed, saves are recorded in summary (the operation's name and rows per entity type, one
    /// entry per action) instead of one entry per row: for bulk loads such as statutory return imports. Saves inside
    /// a transaction the caller began are summed and appended once, as that transaction commits; a save outside one
    /// appends its summary at once.
    /// </summary>
    public IDisposable RecordChangesInBulk(string operation) => RecordChangesInBulk(operation, describeRowChanges: false);

    /// <summary>
    /// As <see cref="RecordChangesInBulk(string)"/>; with <paramref name="describeRowChanges"/> an updated or deleted
    /// row still gets an entry of its own with its old and new values (an import changing a recorded value), kept
    /// with the summary until the transaction commits.
    /// </summary>
    public IDisposable RecordChangesInBulk(string operation, bool describeRowChanges)
    {
        RecordBulkChanges? outer = _bulk;
        _bulk = new RecordBulkChanges(operation, describeRowChanges);
        return new BulkScope(this, outer);
    }

    internal async Task AppendPendingBulkAuditAsync(bool async, CancellationToken cancellationToken)
    {
        if (_bulk is { HasPending: true } bulk)
        {
            await AuditChain.AppendAsync(this, bulk.TakeEvents(), async, cancellationToken);
        }
    }

    internal void DiscardPendingBulkAudit() => _bulk?.Discard();

    /// <summary>
    /// Saves and appends the audit entries for what was saved in the same transaction (the caller's, or one of its
    /// own), so a change is never committed without its entry nor an entry without its change. With async false
    /// every step completes synchronously.
    /// </summary>
    private async Task<int> SaveAndAuditAsync(bool acceptAllChangesOnSuccess, bool async, CancellationToken cancellationToken)
    {
        StampChanges();
        RecordChanges changes = RecordChanges.Capture(this, _bulk?.Operation, _bulk?.DescribeRowChanges ?? false);
        if (changes.IsEmpty)
        {
            return async
                ? await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken)
                : base.SaveChanges(acceptAllChangesOnSuccess);
        }

        if (_bulk is not null && Database.CurrentTransaction is not null)
        {
            // Summed (and any rows described) until the caller's transaction commits (AuditCommitInterceptor appends them then).
            int bulkSaved = async
                ? await base.SaveChangesAsync(false, cancellationToken)
                : base.SaveChanges(false);
            _bulk.Add(changes, changes.IsSummaryOnly ? [] : await changes.RowEventsAsync(this, async, cancellationToken));
            if (acceptAllChangesOnSuccess)
            {
                ChangeTracker.AcceptAllChanges();
            }

            return bulkSaved;
        }

        IDbContextTransaction? own = Database.CurrentTransaction is not null ? null
            : async ? await Database.BeginTransactionAsync(cancellationToken) : Database.BeginTransaction();
        try
        {
            // Changes are accepted only once the audit entries are written too: a failure leaves the tracker as it was.
            int saved = async ? await base.SaveChangesAsync(false, cancellationToken) : base.SaveChanges(false);
            await AuditChain.AppendAsync(this, await changes.ToEventsAsync(this, async, cancellationToken), async, cancellationToken);
            if (own is not null)
            {
                if (async)
                {
                    await own.CommitAsync(cancellationToken);
                }
                else
                {
                    own.Commit();
                }
            }

            if (acceptAllChangesOnSuccess)
            {
                ChangeTracker.AcceptAllChanges();
            }

            return saved;
        }
        finally
        {
            if (own is not null)
            {
                if (async)
                {
                    await own.DisposeAsync();
                }
                else
                {
                    own.Dispose();
                }
            }
        }
    }

    /// <summary>The current UTC time as stored: wall-clock, no offset (timestamp without time zone).</summary>
    public DateTime UtcNowForStorage() =>
        DateTime.SpecifyKind(_clock.GetUtcNow().UtcDateTime, DateTimeKind.Unspecified);

    private void StampChanges()
    {
        var now = UtcNowForStorage();
        foreach (EntityEntry<Entity> entry in ChangeTracker.Entries<Entity>())
        {
            if (entry.State == EntityState.Added)
            {
                entry.Entity.CreatedAt = now;
                entry.Entity.CreatedBy = Actor;
                entry.Entity.UpdatedAt = now;
                entry.Entity.UpdatedBy = Actor;
            }
            else if (entry.State == EntityState.Modified)
            {
                // Through the property entries, so the stamps are saved even when the caller detected its changes
                // itself and turned automatic detection off (the imports do).
                entry.Property(e => e.CreatedAt).IsModified = false;
                entry.Property(e => e.CreatedBy).IsModified = false;
                entry.Property(e => e.UpdatedAt).CurrentValue = now;
                entry.Property(e => e.UpdatedBy).CurrentValue = Actor;
                entry.Property(e => e.RowVersion).CurrentValue = entry.Property(e => e.RowVersion).OriginalValue + 1;
            }
        }
    }

    private sealed class BulkScope(AppDbContext db, RecordBulkChanges? outer) : IDisposable
    {
        public void Dispose() => db._bulk = outer;
    }
}
