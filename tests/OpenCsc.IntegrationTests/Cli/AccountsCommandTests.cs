using Microsoft.AspNetCore.Identity;
using OpenCsc.Accounts;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Indicators;
using OpenCsc.IntegrationTests.Infrastructure;

namespace OpenCsc.IntegrationTests.Cli;

public sealed class AccountsCommandTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Create_MakesAnAccountWhosePasswordSignsIn_ReadFromStandardInput(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        var (_, worker) = j.TeamWithWorker("Team A", "W1");
        await j.Db.SaveChangesAsync(TestContext.Current.CancellationToken);

        CliRunner.Result admin = await CliRunner.RunWithInputAsync("a long admin password\n",
            "accounts", "create", "first.admin", "--role", "SystemAdministrator", "--db", TestDatabases.DbArgument(j.Settings));
        CliRunner.Result social = await CliRunner.RunWithInputAsync("another long password\n",
            "accounts", "create", "w.one", "--role", "SocialWorker", "--worker", "W1", "--db", TestDatabases.DbArgument(j.Settings));

        Assert.True(admin.ExitCode == 0, admin.Error);
        Assert.Equal("Created first.admin (System administrator).", admin.Output.Trim());
        Assert.True(social.ExitCode == 0, social.Error);
        await using AppDbContext db = AppDatabase.CreateContext(j.Settings);
        StaffAccount created = db.StaffAccounts.Single(a => a.UserName == "w.one");
        Assert.Equal((StaffRole.SocialWorker, (long?)worker.Id, "W1 Worker", false), (created.Role, created.WorkerId, created.DisplayName, created.IsDemo));
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<StaffAccount>().VerifyHashedPassword(created, created.PasswordHash!, "another long password"));
    }

    [Fact]
    public async Task Create_RefusesAShortPassword_ATakenName_AndAPractitionerWithoutAWorker_ChangingNothing()
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, Engine.Sqlite);
        string db = TestDatabases.DbArgument(j.Settings);
        await CliRunner.RunWithInputAsync("a long admin password\n", "accounts", "create", "taken", "--role", "QaAuditor", "--db", db);

        CliRunner.Result shortPassword = await CliRunner.RunWithInputAsync("short\n", "accounts", "create", "new.one", "--role", "QaAuditor", "--db", db);
        CliRunner.Result taken = await CliRunner.RunWithInputAsync("a long enough password\n", "accounts", "create", "TAKEN", "--role", "QaAuditor", "--db", db);
        CliRunner.Result noWorker = await CliRunner.RunWithInputAsync("a long enough password\n", "accounts", "create", "sw", "--role", "SocialWorker", "--db", db);
        CliRunner.Result badWorker = await CliRunner.RunWithInputAsync("a long enough password\n", "accounts", "create", "sw", "--role", "SocialWorker", "--worker", "NOPE", "--db", db);

        Assert.Equal((1, "opencsc: The password must be at least 12 characters, with at least 4 different characters."), (shortPassword.ExitCode, shortPassword.Error.Trim()));
        Assert.Equal((1, "opencsc: The user name must be a name no other account has ('TAKEN' is taken)."), (taken.ExitCode, taken.Error.Trim()));
        Assert.Equal((1, "opencsc: The worker must be the staff number of the worker this social worker is (it decides which children they see)."), (noWorker.ExitCode, noWorker.Error.Trim()));
        Assert.Equal((1, "opencsc: The worker must be the staff number of a worker in the database ('NOPE' is not one)."), (badWorker.ExitCode, badWorker.Error.Trim()));
        await using AppDbContext context = AppDatabase.CreateContext(j.Settings);
        Assert.Equal(["taken"], context.StaffAccounts.Select(a => a.UserName!).ToList());
    }
}
