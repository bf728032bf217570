package se.lefi.client.model;

/**
 * Tells how many days of the jobb- och utvecklingsgaranti a participant has used (6.0 and later).
 *
 * <pre>{@code
 * info.jobGuarantee().ifPresent(j -> System.out.println(j.usedDays() + (j.allDaysUsed() ? " (all)" : "")));
 * }</pre>
 *
 * <p>To build one in a test, use {@link #builder}: a later release may add components to the
 * canonical constructor, which is outside the compatibility promise, while code that uses the
 * builder keeps compiling.
 *
 * @param usedDays the days used (antalForbrukade)
 * @param allDaysUsed true when all days are used (harForbrukatMaxAntal)
 */
public record JobGuaranteeDays(int usedDays, boolean allDaysUsed) {

    /**
     * Returns a builder for job-guarantee days; no day is used until set.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this value's components, to derive a changed copy.
     *
     * @return a builder that builds an equal value until something is set
     */
    public Builder toBuilder() {
        return new Builder()
                .usedDays(usedDays)
                .allDaysUsed(allDaysUsed);
    }

    /**
     * Builds {@link JobGuaranteeDays}.
     *
     * <pre>{@code
     * JobGuaranteeDays used = JobGuaranteeDays.builder().usedDays(450).allDaysUsed(true).build();
     * }</pre>
     */
    public static final class Builder {
        private int usedDays;
        private boolean allDaysUsed;

        private Builder() {
        }

        /**
         * Sets the days used (antalForbrukade).
         *
         * @param usedDays the days used (antalForbrukade)
         * @return this builder
         */
        public Builder usedDays(int usedDays) {
            this.usedDays = usedDays;
            return this;
        }

        /**
         * Sets whether all days are used (harForbrukatMaxAntal).
         *
         * @param allDaysUsed true when all days are used (harForbrukatMaxAntal)
         * @return this builder
         */
        public Builder allDaysUsed(boolean allDaysUsed) {
            this.allDaysUsed = allDaysUsed;
            return this;
        }

        /**
         * Returns the value the builder holds; the builder can go on to build others.
         *
         * @return the new {@link JobGuaranteeDays}
         */
        public JobGuaranteeDays build() {
            return new JobGuaranteeDays(usedDays, allDaysUsed);
        }
    }
}
