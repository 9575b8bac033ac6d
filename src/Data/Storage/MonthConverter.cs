using BpjsTk.Data.Periods;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BpjsTk.Data.Storage;

/// <summary>Stores a <see cref="Month"/> as one <c>yyyymm</c> integer, which sorts and groups like the month.</summary>
internal sealed class MonthConverter() : ValueConverter<Month, int>(
    month => month.ToYyyymm(),
    value => Month.FromYyyymm(value));
