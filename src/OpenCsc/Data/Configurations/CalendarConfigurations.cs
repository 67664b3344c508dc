using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenCsc.Calendar;

namespace OpenCsc.Data.Configurations;

public sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> builder)
    {
        builder.HasKey(d => d.Day);
        builder.Property(d => d.Day).ValueGeneratedNever();
    }
}

public sealed class TimescaleChangeConfiguration : IEntityTypeConfiguration<TimescaleChange>
{
    public void Configure(EntityTypeBuilder<TimescaleChange> builder)
    {
        builder.Property(c => c.Timescale).HasMaxLength(60);
        builder.Property(c => c.Reason).HasMaxLength(1000);
    }
}
