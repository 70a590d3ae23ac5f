export { STATUS_LABELS } from '../../../../shared/status-labels'
