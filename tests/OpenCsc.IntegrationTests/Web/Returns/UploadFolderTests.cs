using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OpenCsc.Data;
using OpenCsc.Web.Background;
using OpenCsc.Web.Pages.Returns;
using Xunit;

namespace OpenCsc.IntegrationTests.Web.Returns;

/// <summary>
/// Uploads wait in a folder private to the service, under its data directory, and are deleted after their import;
/// what a crash left is deleted at start-up (issue 14: uploads sat in the shared temporary folder, readable by every
/// user of the host, and survived a crash).
/// </summary>
public sealed class UploadFolderTests
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    [Fact]
    public async Task AnUpload_WaitsInAPrivateSubfolderOfTheUploadsFolder_AndIsDeletedWhenItsImportEnds()
    {
        // Arrange
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        var settings = new UploadSettings { Folder = app.UploadsFolder };
        byte[] content = Encoding.UTF8.GetBytes("<Message/>");
        IFormFile file = new FormFile(new MemoryStream(content), 0, content.Length, "files", "cin.xml");

        // Act: saved for the queue
        (ImportJob? job, _) = await UploadReturn.RunAsync(new UploadForm("cin-census", "2024", null), [file], WebTestApp.Today,
            WebTestApp.Now, settings, TestContext.Current.CancellationToken);

        // Assert: in its own subfolder of the uploads folder, both readable by the service's account alone
        Assert.NotNull(job);
        Assert.Equal(app.UploadsFolder, Path.GetDirectoryName(job.Folder));
        Assert.Equal("cin.xml", Path.GetFileName(Assert.Single(Directory.GetFiles(job.Folder))));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(Private, File.GetUnixFileMode(app.UploadsFolder));
            Assert.Equal(Private, File.GetUnixFileMode(job.Folder));
        }

        // Act: the import runs (and rejects the file)
        var queue = new ImportQueue(app.Settings, new FixedTimeProvider(WebTestApp.Now), NullLogger<ImportQueue>.Instance);
        await queue.RunAsync(job, TestContext.Current.CancellationToken);

        // Assert: the upload is gone
        Assert.Equal(ImportJobState.Rejected, job.State);
        Assert.False(Directory.Exists(job.Folder));
        Assert.Empty(Directory.EnumerateFileSystemEntries(app.UploadsFolder));
    }

    [Fact]
    public async Task AtStartUp_UploadsLeftByACrash_AreDeleted_AndNothingElse_AndTheFolderIsMadePrivate()
    {
        // Arrange: a crashed run's upload, a file and a folder that are not uploads, in a folder anyone may read
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        string left = Directory.CreateDirectory(Path.Combine(app.UploadsFolder, Guid.NewGuid().ToString("N"))).FullName;
        await File.WriteAllTextAsync(Path.Combine(left, "header.csv"), "CHILD,SEX\r\n1,1\r\n", TestContext.Current.CancellationToken);
        string other = Directory.CreateDirectory(Path.Combine(app.UploadsFolder, "notes")).FullName;
        string note = Path.Combine(app.UploadsFolder, "readme.txt");
        await File.WriteAllTextAsync(note, "kept", TestContext.Current.CancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(app.UploadsFolder, Private | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        // Act
        app.StartWithoutDemo();

        // Assert
        Assert.False(Directory.Exists(left));
        Assert.True(Directory.Exists(other));
        Assert.True(File.Exists(note));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(Private, File.GetUnixFileMode(app.UploadsFolder));
        }

        Assert.Equal(app.UploadsFolder, app.Services.GetRequiredService<UploadSettings>().Folder);
    }

    [Fact]
    public void TheUploadsFolder_IsUnderTheDataDirectory_UnlessConfigured()
    {
        string data = Path.Combine(Path.GetTempPath(), "opencsc-data-" + Guid.NewGuid().ToString("N"));
        DatabaseSettings sqlite = DatabaseSettings.ForSqliteFile(Path.Combine(data, "opencsc.db"));
        DatabaseSettings postgres = DatabaseSettings.Parse("postgres://u:p@localhost:5432/opencsc");

        Assert.Equal(Path.Combine(data, "opencsc-uploads"), UploadSettings.From(Configuration(), sqlite).Folder);
        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "opencsc-uploads"), UploadSettings.From(Configuration(), postgres).Folder);
        Assert.Equal(Path.Combine(data, "elsewhere", "opencsc-uploads"),
            UploadSettings.From(Configuration(("DataDirectory", Path.Combine(data, "elsewhere"))), postgres).Folder);
        UploadSettings configured = UploadSettings.From(
            Configuration(("Uploads:Folder", Path.Combine(data, "up")), ("Uploads:MaxUnzippedBytes", "1048576"), ("Uploads:MaxCompressionRatio", "50")), sqlite);
        Assert.Equal(new UploadSettings { Folder = Path.Combine(data, "up"), MaxUnzippedBytes = 1_048_576, MaxCompressionRatio = 50 }, configured);
        Assert.Equal((1L << 30, 100), (UploadSettings.From(Configuration(), sqlite).MaxUnzippedBytes, UploadSettings.From(Configuration(), sqlite).MaxCompressionRatio));
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
