#!/bin/bash
# A Slurm job array: task i renders shard i of the manifest (banmian reads SLURM_ARRAY_TASK_ID,
# SLURM_ARRAY_TASK_COUNT and SLURM_ARRAY_TASK_MIN itself). Outputs go to a shared file system.
#   sbatch deploy/slurm/batch-array.sh /shared/bulletins/manifest.yaml
#SBATCH --job-name=banmian
#SBATCH --array=0-7
#SBATCH --cpus-per-task=2
#SBATCH --mem=1G
#SBATCH --time=01:00:00
#SBATCH --output=banmian-%A-%a.log
set -euo pipefail
manifest=${1:?usage: sbatch batch-array.sh MANIFEST.yaml}
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1798761600}
exec banmian batch "$manifest" -j "${SLURM_CPUS_PER_TASK:-2}" --job-timeout 120 \
  --report "$(dirname "$manifest")/reports/shard-${SLURM_ARRAY_TASK_ID}.json"
