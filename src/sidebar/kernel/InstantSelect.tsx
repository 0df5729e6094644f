import { Select } from '@douyinfe/semi-ui';
import type { SelectProps } from '@douyinfe/semi-ui/lib/es/select';

/**
 * Semi's Select, full width unless told otherwise. Semi applies a choice only when its closing animation
 * ends; without animation it applies at once, so a quick submit sees it (and happy-dom tests can drive it).
 */
export function InstantSelect(props: SelectProps) {
  return <Select style={{ width: '100%' }} {...props} motion={false} />;
}
