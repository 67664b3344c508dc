using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCsc.Data;
using OpenCsc.Recording;
using OpenCsc.Web.Recording;
using Xunit;

namespace OpenCsc.IntegrationTests.Recording;

/// <summary>
/// Holds the one recording pipeline (docs/decisions/0025-one-recording-pipeline.md) in place: one use-case shape, one
/// field-problem record, one parser of typed dates, one conflict mechanism, every recording page on the one base.
/// </summary>
public sealed partial class RecordingPipelineTests
{
    private static readonly Assembly Domain = typeof(RecordingContext).Assembly;
    private static readonly Assembly Web = typeof(RecordingPageModel).Assembly;

    /// <summary>Pages that post but are not recording forms: signing in and out, filters, uploads (and confirming an upload's import), downloads.</summary>
    private static readonly HashSet<string> NotRecordingPages =
    [
        "OpenCsc.Web.Pages.SignIn.SignInModel",
        "OpenCsc.Web.Pages.SignIn.SignOutModel",
        "OpenCsc.Web.Pages.Returns.IndexModel",
        "OpenCsc.Web.Pages.Returns.ImportModel",
        "OpenCsc.Web.Pages.DataQuality.IndexModel",
        // The error page answers a failed POST too, so that its message shows whatever the method (decision 0032).
        "OpenCsc.Web.Pages.Errors.StatusModel",
    ];

    [Fact]
    public void EveryUseCaseTakingARecordingContext_HasTheOneSignature()
    {
        List<MethodInfo> useCases = [.. Domain.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.GetParameters().Any(p => p.ParameterType == typeof(RecordingContext)))];

        Assert.True(useCases.Count >= 25, $"Only {useCases.Count} recording use cases found");
        Assert.All(useCases, m =>
        {
            string name = m.DeclaringType!.FullName + "." + m.Name;
            ParameterInfo[] p = m.GetParameters();
            Assert.True(m.Name == "RunAsync", name + " is not RunAsync");
            Assert.True(p.Length == 4 && p[0].ParameterType == typeof(AppDbContext) && p[1].ParameterType == typeof(RecordingContext)
                && p[2].ParameterType.Name.EndsWith("Command", StringComparison.Ordinal) && p[3].ParameterType == typeof(CancellationToken),
                name + " does not take (AppDbContext, RecordingContext, XCommand, CancellationToken)");
            Assert.True(m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(Task<>)
                && m.ReturnType.GetGenericArguments()[0].IsGenericType
                && m.ReturnType.GetGenericArguments()[0].GetGenericTypeDefinition() == typeof(RecordingResult<>),
                name + " does not return Task<RecordingResult<T>>");
        });
    }

    [Fact]
    public void EveryPageThatPosts_IsARecordingPage()
    {
        List<string> strays = [.. Web.GetTypes()
            .Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract)
            .Where(t => t.GetMethods().Any(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal)))
            .Where(t => !typeof(RecordingPageModel).IsAssignableFrom(t) && !NotRecordingPages.Contains(t.FullName!))
            .Select(t => t.FullName!)];

        Assert.Empty(strays);
    }

    [Fact]
    public void TheOnlyFieldErrorRecords_AreTheDomainsProblemAndTheErrorSummarysView()
    {
        List<string> records = [.. Domain.GetTypes().Concat(Web.GetTypes())
            .Where(t => t.GetProperty("Message")?.PropertyType == typeof(string))
            .Where(t => t.GetProperties().Length == 2 && t.GetProperties().All(p => p.PropertyType == typeof(string)))
            .Where(t => t.GetProperties().Any(p => p.Name.Contains("Field", StringComparison.Ordinal)))
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal)];

        Assert.Equal(["OpenCsc.Recording.FieldProblem", "OpenCsc.Web.Pages.Shared.Govuk.FieldError"], records);
    }

    [Fact]
    public void DatesTypedIntoAForm_AreParsedOnlyByTheFormReader()
    {
        Assert.Empty(SourceFilesMatching(TypedDateParsing(), "src/OpenCsc.Web/Recording/FormReader.cs"));
        Assert.Empty(SourceFilesMatching(new Regex("must be a real date", RegexOptions.None, TimeSpan.FromSeconds(5)), "src/OpenCsc.Web/Recording/FormReader.cs"));
    }

    [Fact]
    public void EditConflicts_AreFoundOnlyByTheRowVersionAndTheChildLock()
    {
        Assert.Empty(SourceFilesMatching(new Regex("FOR UPDATE|ConcurrencyStamp ==|Message == EditConflicts.Message|EditConflicts.Message ==", RegexOptions.None, TimeSpan.FromSeconds(5)),
            "src/OpenCsc/Data/EditConflicts.cs", "src/OpenCsc/Accounts/ChangeAccount.cs"));
    }

    [Fact]
    public void NothingSetsWhoIsActing_ByHandInTheWebProject()
    {
        Assert.Empty(SourceFilesMatching(new Regex(@"\.AuditContext\s*=(?!=)", RegexOptions.None, TimeSpan.FromSeconds(5)), ["src/OpenCsc.Web"],
            "src/OpenCsc.Web/Security/RequestAuditContext.cs", "src/OpenCsc.Web/Pages/SignIn/SignIn.cshtml.cs",
            "src/OpenCsc.Web/Background/ImportQueue.cs",
            "src/OpenCsc.Web/Background/DataQualityRunner.cs", "src/OpenCsc.Web/Startup/DatabaseStartup.cs"));
    }

    // A GOV.UK date from three boxes: the day checked against the days in the month.
    [GeneratedRegex(@"d > DateTime\.DaysInMonth")]
    private static partial Regex TypedDateParsing();

    private static List<string> SourceFilesMatching(Regex pattern, params string[] allowed) =>
        SourceFilesMatching(pattern, ["src/OpenCsc", "src/OpenCsc.Web"], allowed);

    private static List<string> SourceFilesMatching(Regex pattern, string[] folders, params string[] allowed)
    {
        string root = RepositoryRoot();
        return [.. folders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => !allowed.Contains(f) && !f.StartsWith("src/OpenCsc/Returns/", StringComparison.Ordinal)
                && !f.StartsWith("src/OpenCsc/Indicators/", StringComparison.Ordinal))
            .Where(f => pattern.IsMatch(File.ReadAllText(Path.Combine(root, f))))];
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenCsc.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The tests run from inside the repository.");
    }
}
