using OpenCsc.Web.Pages.Returns;
using Xunit;

namespace OpenCsc.IntegrationTests.Web.Returns;

public sealed class UploadReturnTests
{
    [Theory]
    [InlineData("header.csv", ".csv", "header.csv")]
    [InlineData("../../etc/passwd.csv", ".csv", "passwd.csv")]
    [InlineData("..\\..\\windows\\episodes.csv", ".csv", "episodes.csv")]
    [InlineData("tables/reviews.csv", ".csv", "reviews.csv")]
    [InlineData("..csv", ".csv", "upload-3.csv")]
    [InlineData("a\u0000b.xml", ".xml", "a_b.xml")]
    public void SafeName_KeepsOnlyAFileName(string given, string extension, string expected) =>
        Assert.Equal(expected, UploadReturn.SafeName(given, 2, extension));
}
