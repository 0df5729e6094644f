/** Which Base the playground holds: the demo company, or the company at 2,000 or 20,000 tasks. */
import { Select } from '@douyinfe/semi-ui';
import { BASE_SIZES, sizeOf, type BaseSize } from './baseSizes';

interface Props {
  baseName: string;
  building: boolean;
  onBuild: (size: BaseSize) => void;
}

export function SizeSelect({ baseName, building, onBuild }: Props) {
  return (
    <Select
      size="small"
      style={{ width: 230 }}
      prefix="规模 size"
      placeholder="—"
      value={sizeOf(baseName)}
      disabled={building}
      onChange={(size) => onBuild(size as BaseSize)}
      optionList={BASE_SIZES.map((c) => ({ value: c.size, label: c.label }))}
      data-testid="pg-size"
    />
  );
}
