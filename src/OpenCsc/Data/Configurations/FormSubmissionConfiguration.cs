using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenCsc.Recording;

namespace OpenCsc.Data.Configurations;

public sealed class FormSubmissionConfiguration : IEntityTypeConfiguration<FormSubmission>
{
    public void Configure(EntityTypeBuilder<FormSubmission> builder)
    {
        builder.HasKey(s => s.Token);
        builder.Property(s => s.Token).HasMaxLength(FormInstance.TokenLength).ValueGeneratedNever();
        builder.Property(s => s.ResultUrl).HasMaxLength(2000);
        builder.Property(s => s.SavedMessage).HasMaxLength(2000);
    }
}
