package se.lefi.client.model;

/**
 * Tells how many days of the jobb- och utvecklingsgaranti a participant has used (6.0 and later).
 *
 * <pre>{@code
 * info.jobGuarantee().ifPresent(j -> System.out.println(j.usedDays() + (j.allDaysUsed() ? " (all)" : "")));
 * }</pre>
 *
 * @param usedDays the days used (antalForbrukade)
 * @param allDaysUsed true when all days are used (harForbrukatMaxAntal)
 */
public record JobGuaranteeDays(int usedDays, boolean allDaysUsed) {
}
